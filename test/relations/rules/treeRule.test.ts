import { extractDocument } from '../../../src/pipeline/extractDocument';
import { defaultTreePatterns } from '../../../src/relations/defaultTreePatterns';
import { treeRule } from '../../../src/relations/rules/treeRule';
import { handParser } from '../../helpers/handParser';

// Hand-written UD trees (form/UPOS/head/deprel), so these tables test the tree patterns apart from the learned parser.
const TREES = [
  'Andrew/PROPN/3/nsubj Lansley/PROPN/1/flat accused/VERB/0/root Patricia/PROPN/3/obj Hewitt/PROPN/4/flat of/SCONJ/7/mark ignoring/VERB/3/advcl the/DET/9/det report/NOUN/7/obj ./PUNCT/3/punct',
  'Japan/PROPN/11/nsubj ,/PUNCT/6/punct which/PRON/6/nsubj had/AUX/6/aux long/ADV/6/advmod resisted/VERB/1/acl:relcl the/DET/8/det idea/NOUN/6/obj ,/PUNCT/6/punct strongly/ADV/11/advmod condemned/VERB/0/root North/PROPN/13/compound Korea/PROPN/11/obj ./PUNCT/11/punct',
  'Kevin/PROPN/4/nsubj:pass Rudd/PROPN/1/flat was/AUX/4/aux:pass praised/VERB/0/root by/ADP/6/case Barack/PROPN/4/obl:agent Obama/PROPN/6/flat and/CCONJ/9/cc criticised/VERB/4/conj by/ADP/11/case Tony/PROPN/9/obl:agent Abbott/PROPN/11/flat ./PUNCT/4/punct',
  'Michael/PROPN/3/nsubj Howard/PROPN/1/flat held/VERB/0/root talks/NOUN/3/obj with/ADP/8/case his/PRON/8/nmod:poss Irish/ADJ/8/amod counterpart/NOUN/4/nmod ,/PUNCT/10/punct Bertie/PROPN/8/appos Ahern/PROPN/10/flat ./PUNCT/3/punct',
  'Italy/PROPN/5/nsubj and/CCONJ/3/cc Germany/PROPN/1/conj also/ADV/5/advmod favour/VERB/0/root an/DET/8/det early/ADJ/8/amod start/NOUN/5/obj to/ADP/10/case talks/NOUN/8/nmod with/ADP/12/case Turkey/PROPN/10/nmod ./PUNCT/5/punct',
  'Canada/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod criticize/VERB/0/root Mexico/PROPN/4/obj ./PUNCT/4/punct',
  'The/DET/3/det European/PROPN/3/compound Commission/PROPN/4/nsubj urged/VERB/0/root Poland/PROPN/4/obj to/PART/7/mark reject/VERB/4/xcomp the/DET/9/det proposal/NOUN/7/obj ./PUNCT/4/punct',
  'Turkey/PROPN/2/nsubj threatened/VERB/0/root to/PART/4/mark expel/VERB/2/xcomp Sweden/PROPN/4/obj ./PUNCT/2/punct',
  'Germany/PROPN/2/nsubj denied/VERB/0/root that/SCONJ/6/mark Austria/PROPN/6/nsubj had/AUX/6/aux attacked/VERB/2/ccomp Hungary/PROPN/6/obj ./PUNCT/2/punct',
  'Angela/PROPN/3/nsubj Merkel/PROPN/1/flat thanked/VERB/0/root the/DET/5/det crowd/NOUN/3/obj and/CCONJ/7/cc praised/VERB/3/conj Emmanuel/PROPN/7/obj Macron/PROPN/8/flat ./PUNCT/3/punct',
  'Talks/NOUN/6/nsubj between/ADP/3/case Serbia/PROPN/1/nmod and/CCONJ/5/cc Kosovo/PROPN/3/conj resumed/VERB/0/root in/ADP/8/case Brussels/PROPN/6/obl ./PUNCT/6/punct',
  'Ukrainian/ADJ/2/amod negotiators/NOUN/3/nsubj met/VERB/0/root US/PROPN/5/compound officials/NOUN/3/obj in/ADP/7/case Geneva/PROPN/3/obl ./PUNCT/3/punct',
  'He/PRON/2/nsubj condemned/VERB/0/root Iran/PROPN/2/obj ./PUNCT/2/punct',
  'Human/ADJ/2/amod Rights/PROPN/4/nsubj Watch/PROPN/4/nsubj accused/VERB/0/root the/DET/6/det EU/PROPN/4/obj ./PUNCT/4/punct',
  'Foreign/ADJ/2/amod minister/NOUN/5/nsubj Sergei/PROPN/5/nsubj Lavrov/PROPN/3/flat condemned/VERB/0/root NATO/PROPN/5/obj ./PUNCT/5/punct',
  'Brazil/PROPN/3/nsubj Argentina/PROPN/3/nsubj condemned/VERB/0/root Chile/PROPN/3/obj ./PUNCT/3/punct',
  'Anna/PROPN/10/nsubj Berg/PROPN/1/flat ,/PUNCT/5/punct a/DET/5/det lawyer/NOUN/1/appos for/ADP/8/case Amnesty/PROPN/8/compound International/PROPN/5/nmod ,/PUNCT/1/punct said/VERB/0/root it/PRON/12/nsubj ended/VERB/10/ccomp ./PUNCT/10/punct',
  'Amnesty/PROPN/2/compound International/PROPN/3/compound researcher/NOUN/6/nsubj Kate/PROPN/6/nsubj Fox/PROPN/4/flat declined/VERB/0/root to/PART/8/mark comment/VERB/6/xcomp ./PUNCT/6/punct',
  'Finland/PROPN/3/nmod:poss ’s/PART/1/case President/PROPN/4/nmod:desc Alexander/PROPN/13/nsubj Stubb/PROPN/4/flat and/CCONJ/11/cc Germany/PROPN/10/nmod:poss ’s/PART/7/case Foreign/ADJ/10/amod Minister/PROPN/11/nmod:desc Johann/PROPN/4/conj Wadephul/PROPN/11/flat praised/VERB/0/root Sweden/PROPN/13/obj ./PUNCT/13/punct',
  'Giorgia/PROPN/6/compound Meloni/PROPN/1/flat and/CCONJ/5/cc European/ADJ/5/amod Commission/PROPN/1/conj President/PROPN/7/nmod:desc Ursula/PROPN/11/nsubj von/PROPN/7/flat der/PROPN/7/flat Leyen/PROPN/7/flat arrived/VERB/0/root ./PUNCT/11/punct',
  'According/VERB/3/case to/ADP/1/fixed Mark/PROPN/11/obl Rathbun/PROPN/3/flat ,/PUNCT/7/punct a/DET/7/det detective/NOUN/3/appos for/ADP/10/case the/DET/10/det BBC/PROPN/7/nmod was/AUX/11/aux:pass paid/VERB/0/root ./PUNCT/11/punct',
  'The/DET/2/det delegation/NOUN/6/nsubj:pass from/ADP/4/case ECOWAS/PROPN/2/nmod is/AUX/6/aux:pass led/VERB/0/root by/ADP/9/case Foreign/ADJ/9/amod Minister/PROPN/10/nmod:desc Timothy/PROPN/6/obl:agent Kabba/PROPN/10/flat ./PUNCT/6/punct',
  'Russia/PROPN/5/nmod:poss \'s/PART/1/case U.N./PROPN/4/compound Ambassador/PROPN/5/nmod:desc Vassily/PROPN/7/nsubj Nebenzia/PROPN/5/flat spoke/VERB/0/root ./PUNCT/7/punct',
  'Anna/PROPN/9/nsubj Berg/PROPN/1/flat ,/PUNCT/5/punct a/DET/5/det lawyer/NOUN/1/appos for/ADP/7/case Boris/PROPN/5/nmod Johnson/PROPN/7/flat spoke/VERB/0/root ./PUNCT/9/punct',
  'NATO/PROPN/2/compound Secretary/PROPN/4/nmod:desc General/PROPN/2/flat Mark/PROPN/6/nsubj Rutte/PROPN/4/flat praised/VERB/0/root Kenya/PROPN/6/obj ./PUNCT/6/punct',
  'Former/ADJ/4/amod Reuters/PROPN/4/compound senior/ADJ/4/amod correspondent/NOUN/7/nsubj Anna/PROPN/4/flat Berg/PROPN/5/flat criticized/VERB/0/root Kenya/PROPN/7/obj ./PUNCT/7/punct',
  // As the shipped parser read it: the person as a `list` dependent of the body's name.
  'CWU/PROPN/7/nsubj Deputy/PROPN/1/flat General/ADJ/4/amod Secretary/PROPN/5/nmod:desc Ann/PROPN/1/list Vale/PROPN/5/flat accused/VERB/0/root Royal/ADJ/9/amod Mail/PROPN/7/obj of/ADP/11/case lying/VERB/9/nmod ./PUNCT/7/punct',
  'Critics/NOUN/7/nsubj ,/PUNCT/4/punct including/VERB/4/case Ann/PROPN/1/nmod Vale/PROPN/4/flat ,/PUNCT/1/punct accused/VERB/0/root Tom/PROPN/7/obj Baxter/PROPN/8/flat ./PUNCT/7/punct',
  'Several/ADJ/2/amod countries/NOUN/9/nsubj ,/PUNCT/5/punct including/VERB/5/case France/PROPN/2/nmod and/CCONJ/7/cc Germany/PROPN/5/conj ,/PUNCT/2/punct criticised/VERB/0/root Israel/PROPN/9/obj ./PUNCT/9/punct',
  'Tom/PROPN/3/nsubj Baxter/PROPN/1/flat telephoned/VERB/0/root Ann/PROPN/3/obj Vale/PROPN/4/flat to/PART/7/mark congratulate/VERB/3/advcl her/PRON/7/obj ./PUNCT/3/punct',
  'Ann/PROPN/3/nsubj Vale/PROPN/1/flat condemned/VERB/0/root the/DET/5/det ruling/NOUN/3/obj by/ADP/9/case the/DET/9/det Vosk/PROPN/9/compound Court/PROPN/5/nmod ./PUNCT/3/punct',
  'Ann/PROPN/3/nsubj Vale/PROPN/1/flat welcomed/VERB/0/root the/DET/6/det Ecowas/PROPN/6/compound decisions/NOUN/3/obj ./PUNCT/3/punct',
  'Ann/PROPN/3/nsubj Vale/PROPN/1/flat said/VERB/0/root the/DET/5/det fine/ADJ/8/nsubj did/AUX/8/aux not/PART/8/advmod go/VERB/3/ccomp far/ADV/8/advmod and/CCONJ/11/cc accused/VERB/8/conj Tom/PROPN/11/obj Baxter/PROPN/12/flat ./PUNCT/3/punct',
  'Ann/PROPN/3/nsubj Vale/PROPN/1/flat urged/VERB/0/root Tom/PROPN/7/nsubj Baxter/PROPN/4/flat to/PART/7/mark resign/VERB/3/ccomp ./PUNCT/3/punct',
  'Ann/PROPN/3/nsubj Vale/PROPN/1/flat said/VERB/0/root Russia/PROPN/6/nsubj had/AUX/6/aux isolated/VERB/3/ccomp itself/PRON/6/obj and/CCONJ/9/cc accused/VERB/6/conj Moscow/PROPN/9/obj ./PUNCT/3/punct',
];

// The relations the tree rule reads from a text, as `source TYPE target [title]` lines by entity name.
function treeRelations(text: string): string[] {
  const extraction = extractDocument({ id: 'doc.txt', text }, { parser: handParser(TREES), patterns: [treeRule(defaultTreePatterns)] });
  const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
  return extraction.relations
    .map((relation) => [names.get(relation.source), relation.type, names.get(relation.target), ...(relation.title ? [relation.title] : [])].join(' '))
    .sort();
}

describe('treeRule', () => {
  it.each([
    ['Andrew Lansley accused Patricia Hewitt of ignoring the report.', ['Andrew Lansley CRITICIZED Patricia Hewitt']],
    ['Japan, which had long resisted the idea, strongly condemned North Korea.', ['Japan CRITICIZED North Korea']],
    ['Kevin Rudd was praised by Barack Obama and criticised by Tony Abbott.', ['Barack Obama PRAISED Kevin Rudd', 'Tony Abbott CRITICIZED Kevin Rudd']],
    ['Michael Howard held talks with his Irish counterpart, Bertie Ahern.', ['Michael Howard NEGOTIATED_WITH Bertie Ahern']],
    ['Angela Merkel thanked the crowd and praised Emmanuel Macron.', ['Angela Merkel PRAISED Emmanuel Macron']],
    ['Talks between Serbia and Kosovo resumed in Brussels.', ['Serbia NEGOTIATED_WITH Kosovo']],
    ['Ukrainian negotiators met US officials in Geneva.', ['Ukraine MET_WITH United States']],
    ['The European Commission urged Poland to reject the proposal.', ['European Commission PRESSURED Poland']],
    ['Turkey threatened to expel Sweden.', ['Türkiye THREATENED Sweden']],
    ['Antony Blinken spoke on Monday. He condemned Iran.', ['Antony Blinken CRITICIZED Iran']],
    // Misparses with two subjects: the words of one name, or a title and a name, are one party.
    ['Human Rights Watch accused the EU.', ['Human Rights Watch CRITICIZED European Union']],
    ['Foreign minister Sergei Lavrov condemned NATO.', ['Sergei Lavrov CRITICIZED NATO']],
    // Offices: the role noun ties its holder to the body named with it.
    ['Anna Berg, a lawyer for Amnesty International, said it ended.', ['Anna Berg HOLDS_ROLE Amnesty International Lawyer']],
    // A title and a name misparsed as two subjects.
    ['Amnesty International researcher Kate Fox declined to comment.', ['Kate Fox HOLDS_ROLE Amnesty International Researcher']],
    // Each title is its own holder's, not the coordinated name's.
    [
      'Finland’s President Alexander Stubb and Germany’s Foreign Minister Johann Wadephul praised Sweden.',
      [
        'Alexander Stubb HOLDS_ROLE Finland President',
        'Alexander Stubb PRAISED Sweden',
        'Johann Wadephul HOLDS_ROLE Germany Foreign Minister',
        'Johann Wadephul PRAISED Sweden',
      ],
    ],
    // The title as written: a known title running on after the noun; a former post is held no more (isFormerPost).
    ['NATO Secretary General Mark Rutte praised Kenya.', ['Mark Rutte HOLDS_ROLE NATO Secretary General', 'Mark Rutte PRAISED Kenya']],
    ['Former Reuters senior correspondent Anna Berg criticized Kenya.', ['Anna Berg CRITICIZED Kenya']],
    // A body's name, a title and a name as one subject name the person, however the parser hung them on the body.
    ['CWU Deputy General Secretary Ann Vale accused Royal Mail of lying.', ['Ann Vale CRITICIZED Royal Mail']],
    // A group acts through the parties it includes.
    ['Critics, including Ann Vale, accused Tom Baxter of lying.', ['Ann Vale CRITICIZED Tom Baxter']],
    ['Several countries, including France and Germany, criticised Israel.', ['France CRITICIZED Israel', 'Germany CRITICIZED Israel']],
    // A clause of purpose shares its subject with the main clause, so `her` is the other person named (and the call is
    // a conversation).
    ['Tom Baxter telephoned Ann Vale to congratulate her.', ['Tom Baxter MET_WITH Ann Vale', 'Tom Baxter PRAISED Ann Vale']],
    // A verb hung on a reported clause whose subject names no party, whatever its tag, is the reporter's.
    ['Ann Vale said the fine did not go far and accused Tom Baxter.', ['Ann Vale CRITICIZED Tom Baxter']],
    // No party accuses itself: a verb hung on a reported clause whose subject it acts on is the reporter's.
    ['Ann Vale said Russia had isolated itself and accused Moscow.', ['Ann Vale CRITICIZED Russia']],
    // The party urged, misread as the subject of the `to` clause, is the verb's object.
    ['Ann Vale urged Tom Baxter to resign.', ['Ann Vale PRESSURED Tom Baxter']],
    // An act is its doer's: acting on the act is acting on the doer.
    ['Ann Vale condemned the ruling by the Vosk Court.', ['Ann Vale CRITICIZED Vosk Court']],
    ['Ann Vale welcomed the Ecowas decisions.', ['Ann Vale PRAISED Economic Community of West African States']],
  ])('reads %j', (text, expected) => {
    expect(treeRelations(text)).toEqual(expected);
  });

  it.each([
    ['Italy and Germany also favour an early start to talks with Turkey.'],
    ['Canada did not criticize Mexico.'],
    ['Germany denied that Austria had attacked Hungary.'],
    // Two different parties as subjects of one verb: a misparse that cannot be trusted.
    ['Brazil Argentina condemned Chile.'],
    // A name parsed as a title's compound before it is not its holder, nor the body coordinated with that name its body.
    ['Giorgia Meloni and European Commission President Ursula von der Leyen arrived.'],
    // An apposition that runs on into a verb is a misparse.
    ['According to Mark Rathbun, a detective for the BBC was paid.'],
    // A diplomat is not the U.N.'s; a person is no body.
    ["Russia's U.N. Ambassador Vassily Nebenzia spoke."],
    ['Anna Berg, a lawyer for Boris Johnson, spoke.'],
  ])('reads no relation from %j', (text) => {
    expect(treeRelations(text)).toEqual([]);
  });

  it('reads the leader of a delegation from a body, but no office of that body', () => {
    expect(treeRelations('The delegation from ECOWAS is led by Foreign Minister Timothy Kabba.')).toEqual(['Timothy Kabba LEADS_DELEGATION Economic Community of West African States']);
  });
});
