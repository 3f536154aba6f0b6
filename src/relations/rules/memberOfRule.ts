import type { PatternRule } from '../PatternRule';
import type { Token } from '../../text/Token';
import type { RelationMatch } from '../RelationMatch';
import type { ActorMention } from '../syntax/ActorMention';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import type { DiscourseContext } from '../syntax/DiscourseContext';
import { coordinatedActors } from '../syntax/coordinatedActors';
import { isParty } from '../syntax/isParty';
import { headWords } from '../syntax/headWords';
import { mentionAfterOf } from '../syntax/mentionAfterOf';
import { partySpokenFor } from '../syntax/partySpokenFor';
import { ARTICLES } from '../syntax/syntaxWords';
import { LEGAL_FORMS } from '../../mentions/nameWords';
import { defaultKnowledge } from '../../knowledge/defaultKnowledge';
import { bodyWordsOfPost } from '../../knowledge/bodyWordsOfPost';
import { normalizeKey } from '../../text/normalizeKey';

// Words that say the membership is over or never was (`a former member of`, `not a member of`).
const NOT_NOW = new Set(['former', 'ex', 'onetime', 'one-time', 'not', 'never', 'expelled']);
// Words between the apposition's party (and office) and what follows it (`X, a Democrat from Ohio,`).
const APPOSITION_ENDS = new Set(['from', 'for', 'who', 'and', 'in', 'of', 'on', 'since', 'representing']);
const LINKING_VERBS = new Set(['is', 'was', 'became', 'remains', 'remained']);
// Words that may open an apposition before its article (`X, also a Republican,`).
const APPOSITION_ADVERBS: ReadonlySet<string> = new Set(['also', 'himself', 'herself', 'likewise']);
const MAX_QUALIFIERS = 3;
// How many words a seat's name may run to (`Hornsey and Wood Green`).
const MAX_SEAT_WORDS = 5;
// People a party puts forward, named after it (`the Lib Dem peer X`, `the Tory candidate, X`), whatever compromise tags them.
const PARTY_PEOPLE: ReadonlySet<string> = new Set([
  'mp', 'mep', 'msp', 'peer', 'candidate', 'councillor', 'backbencher', 'frontbencher', 'rebel', 'veteran', 'grandee', 'politician', 'activist',
  'lawmaker', 'senator', 'congressman', 'congresswoman', 'official', 'figure', 'fundraiser', 'strategist', 'organiser', 'organizer',
]);

/**
 * A person belongs to a party or organization: a party named right before the person, with or without an office (`Tory
 * Liam Fox`, `Labour MP Clive Soley`, `the Liberal Democrat leader X`, `Labour's Jack Straw`, `the Liberal Democrat MP
 * for Richmond Park, X`, `the Liberal Democrat, X`), in an apposition (`X, a Labour MP,`, `X, a Democrat from Ohio`),
 * after the person's possessive (`X's Likud party`, `Mr Mandela's African National Congress`), after the person (`X of
 * the Civic Party`, `X, 47, of the Vosk Front`), the party the person speaks for (`For the Lib Dems, X said`), `a member
 * of` (`X, a senior member of Hamas,`, `X is a member of the union`), or one of its people in apposition (`X, a
 * senator from the Greens,`); a person or body listed as a body's members belongs to it (`Y, whose members include
 * X`). A former or denied membership states none. A person of a body that employs its people (`X of the Brookings
 * Institution`) holds a post there instead (staffOfBody), and so does one titled with a post of such a body (`Judge
 * X of the District Court`).
 */
export const memberOfRule: PatternRule = {
  id: 'member-of',
  reason: 'a party named with a person, a person named as of an organization, or said to be a member of one, says the person belongs to it',
  examples: [
    { text: 'In the House of Commons, Labour MP Harriet Vane voted against the bill.', relations: ['person:harriet-vane MEMBER_OF organization:united-kingdom-labour-party'] },
    {
      text: 'Conservative leader Jane Marple told the Commons she would stay.',
      relations: ['person:jane-marple HOLDS_ROLE organization:united-kingdom-conservative-party', 'person:jane-marple MEMBER_OF organization:united-kingdom-conservative-party'],
    },
    { text: 'Republican senator Tom Baxter spoke to Congress.', relations: ['person:tom-baxter MEMBER_OF organization:united-states-republican-party'] },
    // Opening the sentence, the party's word before one of its people is the party, not the ordinary word.
    { text: 'In the Commons, MPs voted. Labour backbencher Bob Vale said the bill was wrong.', relations: ['person:bob-vale MEMBER_OF organization:united-kingdom-labour-party'] },
    { text: 'In the Commons, MPs voted. Tory veteran Bob Vale said the bill was wrong.', relations: ['person:bob-vale MEMBER_OF organization:united-kingdom-conservative-party'] },
    { text: 'Peter Wimsey, a Liberal Democrat MP, spoke in the House of Lords.', relations: ['person:peter-wimsey MEMBER_OF organization:united-kingdom-liberal-democrats'] },
    // `The Liberal Democrat, X,` and a seat between the post and the name: an apposition after the party too.
    { text: 'In the House of Commons, the Liberal Democrat MP for Richmond Park, Ann Vale, voted against.', relations: ['person:ann-vale MEMBER_OF organization:united-kingdom-liberal-democrats'] },
    { text: 'In the House of Commons, the Liberal Democrat, Ann Vale, voted against.', relations: ['person:ann-vale MEMBER_OF organization:united-kingdom-liberal-democrats'] },
    { text: "In the Senate, the committee's senior Democrat, Sen. Ann Vale of Ohio, said so.", relations: ['person:ann-vale MEMBER_OF organization:united-states-democratic-party', 'person:ann-vale HOLDS_ROLE organization:us-senate'] },
    { text: 'In the Senate, its ranking Republican, Tom Baxter, said so.', relations: ['person:tom-baxter MEMBER_OF organization:united-states-republican-party'] },
    { text: 'In Berlin, another Social Democrat, Tom Baxter, takes over the finance ministry.', relations: ['person:tom-baxter MEMBER_OF organization:social-democratic-party'] },
    // The person a party is of, after its word `party`.
    { text: 'In Madrid, the leftist Vosk party of Tom Baxter won.', relations: ['person:tom-baxter MEMBER_OF organization:vosk'] },
    { text: 'In Oslo, the Vosk Party of Norway won.', relations: [] },
    { text: 'In the House of Commons, the Conservatives, Ann Vale said, would vote against.', relations: [] },
    { text: 'Lena Hart of the Unity Party won a seat, as did Omar Tilly from the Unity Party.', relations: ['person:lena-hart MEMBER_OF organization:unity-party', 'person:omar-tilly MEMBER_OF organization:unity-party'] },
    { text: 'The chairman of the Unity Party spoke.', relations: [] },
    { text: 'Ann Vale of the Brookings Institution said the plan would fail.', relations: ['person:ann-vale HOLDS_ROLE organization:brookings-institution'] },
    { text: 'Professor Ann Vale of Orla University said the plan would fail.', relations: ['person:ann-vale HOLDS_ROLE organization:orla-university'] },
    { text: "Ann Vale's Unity Party won, and Karl Ost's party, the Farmers Party for Reform, lost.", relations: ['person:ann-vale MEMBER_OF organization:unity-party', 'person:karl-ost MEMBER_OF organization:farmers-party-for-reform'] },
    { text: "Ann Vale's ruling Unity Party won.", relations: ['person:ann-vale MEMBER_OF organization:unity-party'] },
    { text: 'Prime Minister Ann Vale, whose Unity Party trails in third place, spoke.', relations: ['person:ann-vale MEMBER_OF organization:unity-party'] },
    { text: "Ann Vale was killed on Thursday. Her Unity Party said it would protest.", relations: ['person:ann-vale MEMBER_OF organization:unity-party'] },
    { text: 'The town of Orla, whose Unity Party won, voted.', relations: [] },
    { text: 'Ann Vale, whose vote the Unity Party is courting, spoke.', relations: [] },
    { text: 'Ann Vale, whose party trails the Unity Party, spoke.', relations: [] },
    { text: 'Ann Vale, 47, of the European Space Agency will fly in May.', relations: ['person:ann-vale MEMBER_OF organization:european-space-agency'] },
    { text: 'Ann Vale of Norway said the plan would fail.', relations: [] },
    // The party a person speaks for, opening the sentence.
    {
      text: 'In the Commons, MPs voted. For the Liberal Democrats, Treasury spokesman Bob Vale said the cuts came too early.',
      relations: ['person:bob-vale MEMBER_OF organization:united-kingdom-liberal-democrats', 'person:bob-vale HOLDS_ROLE organization:united-kingdom-liberal-democrats'],
    },
    { text: 'In the Commons, MPs voted. For the Liberal Democrats, Bob Vale said the cuts came too early.', relations: ['person:bob-vale MEMBER_OF organization:united-kingdom-liberal-democrats'] },
    // A party in apposition, perhaps qualified, is the person's.
    { text: 'Ann Vale, of the governing Unity Party, won.', relations: ['person:ann-vale MEMBER_OF organization:unity-party'] },
    { text: 'Finance Minister Ann Vale, also of the Unity Party, said so.', relations: ['person:ann-vale MEMBER_OF organization:unity-party'] },
    // Any body in an apposition of its own: not a party's alone.
    { text: 'David Hart, of the National Association of Head Teachers, urged the minister to act.', relations: ['person:david-hart MEMBER_OF organization:national-association-of-head-teachers'] },
    { text: 'Ann Vale, of the Vosk Society, in Paris, said so.', relations: ['person:ann-vale MEMBER_OF organization:vosk-society'] },
    // (A body that employs its people gives a post instead: staffOfBody.)
    { text: 'Ann Vale, of the Brookings Institution, said so.', relations: ['person:ann-vale HOLDS_ROLE organization:brookings-institution'] },
    { text: 'Ann Vale of the Chinese Foreign Ministry said so.', relations: ['person:ann-vale MEMBER_OF organization:china-foreign-ministry'] },
    // (A judge of a court holds the post there; a senator of a body that is no senate is its member.)
    { text: 'Judge Ann Vale of the Vosk District Court ruled on Friday.', relations: ['person:ann-vale HOLDS_ROLE organization:vosk-district-court'] },
    { text: 'Senator Ann Vale of the Vosk Congress said so.', relations: ['person:ann-vale MEMBER_OF organization:vosk-congress'] },
    { text: 'They removed a video featuring Ann Vale from YouTube.', relations: [] },
    { text: 'In the Commons, Ann Vale, the Tory deputy leader, said so.', relations: ['person:ann-vale HOLDS_ROLE organization:united-kingdom-conservative-party', 'person:ann-vale MEMBER_OF organization:united-kingdom-conservative-party'] },
    // A post in a party is held by a member (extractRelations adds the membership to the office, whatever rule read it).
    { text: 'Ana Ruiz, who chairs the Unity Party, said so.', relations: ['person:ana-ruiz HOLDS_ROLE organization:unity-party', 'person:ana-ruiz MEMBER_OF organization:unity-party'] },
    { text: 'Ayesha Noor, a senior member of Hamas, was arrested.', relations: ['person:ayesha-noor MEMBER_OF organization:hamas'] },
    { text: 'Ayesha Noor, a former member of Hamas, was arrested.', relations: [] },
    // One of a party's people in apposition, `from` or `of` the party; two people named before them.
    { text: 'Ann Vale, an MP from the Unity Party, resigned.', relations: ['person:ann-vale MEMBER_OF organization:unity-party'] },
    { text: 'Ann Vale, an MP for the governing Unity party, resigned.', relations: ['person:ann-vale MEMBER_OF organization:unity-party'] },
    { text: 'Ann Vale and Tom Baxter, two senators of the ruling Unity Party, resigned.', relations: ['person:tom-baxter MEMBER_OF organization:unity-party', 'person:ann-vale MEMBER_OF organization:unity-party'] },
    { text: 'Ann Vale, a former senator from the Unity Party, resigned.', relations: [] },
    // A body's members listed after `whose members include`.
    { text: 'The Vosk Association, whose members include Orla Group and Kessel Airways, said so.', relations: ['organization:orla-group MEMBER_OF organization:vosk-association', 'organization:kessel-airways MEMBER_OF organization:vosk-association'] },
    { text: 'Sen. Tom Baxter, R-Texas, praised the deal.', relations: ['person:tom-baxter MEMBER_OF organization:united-states-republican-party'] },
    { text: 'Senator Tom Baxter, Republican of Missouri, said the Senate would vote.', relations: ['person:tom-baxter MEMBER_OF organization:united-states-republican-party', 'person:tom-baxter HOLDS_ROLE organization:us-senate'] },
    { text: 'Senator Tom Baxter, Republican from Texas, said the Senate would vote.', relations: ['person:tom-baxter MEMBER_OF organization:united-states-republican-party', 'person:tom-baxter HOLDS_ROLE organization:us-senate'] },
    { text: 'Ann Vale, a Pennsylvania Democrat, said the Senate would vote.', relations: ['person:ann-vale MEMBER_OF organization:united-states-democratic-party'] },
    // The place a politician represents may come between the name and the apposition; a party on a body too.
    { text: 'Ann Vale of Ohio, a Republican, said Congress would vote.', relations: ['person:ann-vale MEMBER_OF organization:united-states-republican-party'] },
    { text: 'Senator Ann Vale of Ohio, also a Republican, said the Senate would vote.', relations: ['person:ann-vale MEMBER_OF organization:united-states-republican-party', 'person:ann-vale HOLDS_ROLE organization:us-senate'] },
    { text: 'Tom Baxter, himself a Republican, said Congress would vote.', relations: ['person:tom-baxter MEMBER_OF organization:united-states-republican-party'] },
    // A list in apposition to a party's members, named by its plural.
    {
      text: 'Two other Republicans, Sens. Tom Baxter of Texas and Ann Vale of Ohio, said the Senate would vote.',
      relations: ['person:tom-baxter MEMBER_OF organization:united-states-republican-party', 'person:ann-vale MEMBER_OF organization:united-states-republican-party', 'person:tom-baxter HOLDS_ROLE organization:us-senate', 'person:ann-vale HOLDS_ROLE organization:us-senate'],
    },
    { text: 'In Congress, the Republicans, Tom Baxter said, would vote against.', relations: [] },
    { text: "Tom Baxter, an Ottawa New Democrat MP, said Canada's plan would fail.", relations: ['person:tom-baxter MEMBER_OF organization:canada-new-democratic-party'] },
    // (A place whose name is a given name too: the party's word is no surname.)
    { text: 'Tom Baxter, a Virginia Republican, said Congress would vote.', relations: ['person:tom-baxter MEMBER_OF organization:united-states-republican-party'] },
    { text: 'Ann Vale, a Georgia Democrat, said Congress would vote.', relations: ['person:ann-vale MEMBER_OF organization:united-states-democratic-party'] },
    { text: 'Ann Vale, the senior Democrat on the panel, said Congress would vote.', relations: ['person:ann-vale MEMBER_OF organization:united-states-democratic-party'] },
    // A preposition or pronoun between the party and the post ends the words about the party's person.
    { text: 'The Vosk party voted with the Orla Party after its leader, Albert Kessel, failed.', relations: ['person:albert-kessel HOLDS_ROLE organization:vosk', 'person:albert-kessel MEMBER_OF organization:vosk'] },
    // A place after the name, with no party, states no membership (the senator's seat is in a Senate of no country the
    // text names).
    { text: 'Senator Tom Baxter of Missouri said the Senate would vote.', relations: ['person:tom-baxter HOLDS_ROLE organization:senate'] },
    {
      text: 'Ann Vale, who leads the opposition Vosk Party (Fatherland), says the case is political.',
      relations: ['person:ann-vale HOLDS_ROLE organization:vosk-party', 'person:ann-vale MEMBER_OF organization:vosk-party'],
    },
    // A party the document names as one elsewhere is one wherever it is named.
    { text: 'The ruling Vosk Front won 60 seats. Ann Vale, the Vosk Front candidate, said the vote was fair.', relations: ['person:ann-vale MEMBER_OF organization:vosk-front'] },
    { text: 'Rep. Ann Vale (D-N.Y.) spoke.', relations: ['person:ann-vale MEMBER_OF organization:united-states-democratic-party'] },
    // A body named right before a seat in parliament is a party, whether knowledge knows it as one or not.
    { text: 'In New Delhi, Congress MP Ann Vale said the bill was wrong.', relations: ['person:ann-vale MEMBER_OF organization:congress'] },
    { text: 'In Orla, the Vosk Union lost. Vosk Union MP Tom Baxter voted against.', relations: ['person:tom-baxter MEMBER_OF organization:vosk-union'] },
    // The people a body's possessive names are its members, unless knowledge knows the body (a newsroom's are staff) or
    // its name shows a company.
    { text: "The KDA won four seats. KDA's Ann Vale and Tom Baxter were elected.", relations: ['person:ann-vale MEMBER_OF organization:kda', 'person:tom-baxter MEMBER_OF organization:kda'] },
    { text: "The BBC's Ann Vale spoke.", relations: [] },
    // A person's possessive before a movement's name: the person's party, known as one or not.
    { text: "Tom Baxter's Vosk Movement won the election.", relations: ['person:tom-baxter MEMBER_OF organization:vosk-movement'] },
    { text: "Ann Vale's National League for Renewal won ten seats.", relations: ['person:ann-vale MEMBER_OF organization:national-league-for-renewal'] },
    { text: "Tom Baxter's Vosk Industries won the contract.", relations: [] },
    { text: "Orlak Foods Ltd's Ann Vale spoke.", relations: [] },
  ],
  match(s, context) {
    const matches: RelationMatch[] = [];
    const add = (person: ActorMention, body: ActorMention, rule: string, trigger: number) => {
      if (person.entity !== body.entity) matches.push({ type: 'MEMBER_OF', source: person.entity, target: body.entity, rule: `${this.id}:${rule}`, reason: this.reason, trigger });
    };
    // (A body the document names as a party elsewhere is one here too: `the ruling ANC` ... `Ann Vale, the ANC candidate`.)
    for (const party of s.mentions.filter((mention) => isParty(s, mention) || context.parties?.has(mention.entity))) {
      // `Ted Cruz, R-Texas,`: the party's letter right after the name.
      const lettered = party.kind === 'letter' ? s.mentionAt[party.first - 1] : undefined;
      if (lettered?.type === 'Person' && lettered.last === party.first - 1) {
        add(lettered, party, 'party-and-state', party.first);
        continue;
      }
      const before = personAfterParty(s, party);
      if (before) add(before, party, 'before-name', party.first);
      const apposed = personBeforeParty(s, party);
      if (apposed) add(apposed, party, 'apposition', party.first);
      const owner = ownerOfParty(s, party, context);
      if (owner) add(owner, party, 'possessive', party.first);
      const of = personPartyIsOf(s, party);
      if (of) add(of, party, 'party-of', party.last);
      const speaker = speakerFor(s, party);
      if (speaker) add(speaker, party, 'speaks-for', party.first);
      const people = peopleOfParty(s, party);
      for (const person of people?.persons ?? []) add(person, party, 'party-people', people?.noun ?? party.first);
      for (const person of membersListed(s, party)) add(person, party, 'members-listed', party.last);
    }
    // `Mr Mandela's African National Congress`: a person's possessive before a body named as a political movement is the
    // person's party, whether or not knowledge knows it as one (a possessive written there, not `his` for whoever an
    // earlier sentence named).
    for (const movement of s.mentions.filter((mention) => !isParty(s, mention) && !context.parties?.has(mention.entity) && namesMovement(s, mention))) {
      const owner = ownerOfParty(s, movement, context);
      if (owner && owner.first >= 0) add(owner, movement, 'possessive', movement.first);
    }
    // `Lee Tam of the Civic Party`, `Ann Ho of the Brookings Institution`: a person named right before `of` or `from` a body.
    for (const body of s.mentions.filter((mention) => mention.type === 'Organization')) {
      const of = personOf(s, body);
      if (of && isEmployer(s, body)) matches.push({ type: 'HOLDS_ROLE', source: of.entity, target: body.entity, title: 'Employee', rule: `${this.id}:${staffOfBody.id}`, reason: staffOfBody.reason, trigger: body.first });
      else if (of && !postOfBodyKind(s, of, body)) add(of, body, 'of-body', body.first);
      // `DAB's Starry Lee and Holden Chow`: the people a body's possessive names, as `of` the body does. Only a body
      // knowledge does not know (a party's are read above; the companies, newsrooms and institutions it knows, and a
      // company's name with its legal form, have staff, whose post the sentence does not say).
      const company = LEGAL_FORMS.has(s.tokens[body.last]?.key ?? '');
      if (body.kind === 'name' && !company && !isParty(s, body) && !isEmployer(s, body)) for (const person of possessedPeople(s, body)) add(person, body, 'possessive-name', body.first);
    }
    s.tokens.forEach((token, i) => {
      if ((token.key !== 'member' && token.key !== 'members') || s.tokens[i + 1]?.key !== 'of') return;
      let at = i + 2;
      if (s.tokens[at]?.key === 'the') at++;
      const body = s.mentionAt[at];
      const person = body?.type === 'Organization' && body.first === at ? memberBefore(s, i) : undefined;
      if (body && person) add(person, body, 'member', i);
    });
    // `the Association of European Airlines, whose members include Air France, British Airways and Lufthansa`.
    s.tokens.forEach((token, i) => {
      if (token.key !== 'whose' || !MEMBER_NOUNS.has(s.tokens[i + 1]?.key ?? '') || !INCLUDE_VERBS.has(s.tokens[i + 2]?.key ?? '')) return;
      const body = s.mentionAt[i - 1];
      if (body?.type !== 'Organization' || body.last !== i - 1 || !/^,\s*$/.test(s.tokens[i - 1]?.post ?? '')) return;
      const first = s.mentionAt[i + 3];
      if (first?.first !== i + 3 || first.type === 'Location') return;
      for (const member of coordinatedActors(s, i + 3, 1).actors) add(member, body, 'whose-members', i + 1);
    });
    return matches;
  },
};

// `Tory Liam Fox`, `Labour MP Clive Soley`, `Conservative home affairs spokesman David Davis`: the party, an office
// perhaps (after the lower-case words of its portfolio), the name.
function personAfterParty(s: AnalyzedSentence, party: ActorMention): ActorMention | undefined {
  if (NOT_NOW.has(s.tokens[party.first - 1]?.key ?? '') || /^ex-$/i.test(s.tokens[party.first - 1]?.text ?? '')) return undefined;
  if (/[,;:]/.test(s.tokens[party.last]?.post ?? '')) return memberApposed(s, party);
  return personNamedAfter(s, party);
}

// `The Liberal Democrat, X,`, `the committee's senior Democrat, Sen. X of Delaware,`: one member, named by the party's
// singular word after `the` or a possessive (a rank between), in apposition (a title or honorific perhaps before it).
function memberApposed(s: AnalyzedSentence, party: ActorMention): ActorMention | undefined {
  const word = s.tokens[party.last];
  if (!word || !/^,\s*$/.test(word.post) || word.key.endsWith('s')) return undefined;
  let opener = party.first - 1;
  while (opener >= party.first - 2 && MEMBER_RANKS.has(s.tokens[opener]?.key ?? '')) opener--;
  const determiner = s.tokens[opener];
  if (determiner?.key !== 'the' && !APPOSITION_OPENERS.has(determiner?.key ?? '') && !determiner?.possessive) return undefined;
  const person = personApposedTo(s, party);
  if (!person) return undefined;
  // (`Sen. X of Delaware,`: the place the person represents, before the apposition's end.)
  const place = mentionAfterOf(s, person.last);
  const end = place?.type === 'Location' ? place.last : person.last;
  return /[,.;:]/.test(s.tokens[end]?.post ?? '') ? person : undefined;
}

// Words of rank between an apposition's article and the party (`the senior Democrat`, `its top Republican`).
const MEMBER_RANKS: ReadonlySet<string> = new Set(['senior', 'top', 'ranking', 'leading', 'veteran', 'most']);
// Determiners besides `the` that open an apposition naming one of a party's members (`its senior Democrat, X,`,
// `another Social Democrat, X,`).
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'another']);

// The person named after a party, perhaps after the lower-case words and title of the person's post or one of the
// party's people (`Labour MP X`, `Tory shadow home secretary X`, `the Lib Dem peer Lord X`).
function personNamedAfter(s: AnalyzedSentence, party: ActorMention): ActorMention | undefined {
  // (`Batkivshchyna (Fatherland)`: a name in brackets after a party glosses it.)
  if (/\(/.test(`${s.tokens[party.last]?.post ?? ''}${s.tokens[party.last + 1]?.pre ?? ''}`)) return undefined;
  let start = party.last + 1;
  while (start <= party.last + MAX_QUALIFIERS && !s.titles.some((span) => span.first === start) && isQualifier(s, start)) start++;
  const title = s.titles.find((span) => span.first === start);
  let at = title ? title.last + 1 : party.last + 1;
  // `The Liberal Democrat MP for Richmond Park, X`: the seat after the post, before the apposition's comma.
  const seat = title && s.tokens[at]?.key === 'for' && ARTICLES.has(s.tokens[party.first - 1]?.key ?? '') ? seatEnd(s, at + 1) : undefined;
  if (seat !== undefined) at = seat + 1;
  // `the Lib Dem peer Lord X`, `the Tory candidate, X`: one of the party's people (read as a qualifier or not), in
  // apposition after `the` too.
  // (`the party's official candidate, X`: the last of them.)
  if (!title && PARTY_PEOPLE.has(s.tokens[start]?.key ?? '') && !s.tokens[start]?.capitalized) {
    // (`Labour's candidate, X`: the party's possessive is the apposition's article.)
    const apposed = /^,/.test(s.tokens[start]?.post ?? '');
    if (!apposed || ARTICLES.has(s.tokens[party.first - 1]?.key ?? '') || s.tokens[party.last]?.possessive) at = start + 1;
  } else if (!title && start > party.last + 1 && PARTY_PEOPLE.has(s.tokens[start - 1]?.key ?? '')) at = start;
  // Courtesy titles between the office and the name (`Tory MP Sir Peter Black`) are no mention of their own.
  while (at <= party.last + 4 && s.tokens[at]?.capitalized && !s.mentionAt[at]) at++;
  const person = s.mentionAt[at];
  return person?.type === 'Person' && person.first === at ? person : undefined;
}

// The last word of a seat's capitalized name starting at `first` (`Richmond Park`, `Hornsey and Wood Green`) when a
// comma closes it.
function seatEnd(s: AnalyzedSentence, first: number): number | undefined {
  for (let at = first; at <= first + MAX_SEAT_WORDS; at++) {
    const token = s.tokens[at];
    if (!token || (!token.capitalized && token.key !== 'and') || s.mentionAt[at]?.type === 'Person') return undefined;
    if (/^,\s*$/.test(token.post)) return token.capitalized ? at : undefined;
  }
  return undefined;
}

// `X, a Labour MP,`, `X, the Tory leader, said`, `X, a Democrat from Ohio`: a person, a comma, an article, qualifiers
// perhaps, the party, an office perhaps, and the apposition's end.
function personBeforeParty(s: AnalyzedSentence, party: ActorMention): ActorMention | undefined {
  // (`X, Labour's chief fundraiser,`: the party's possessive is the apposition's article.)
  let at = s.tokens[party.last]?.possessive && /^,\s*$/.test(s.tokens[party.first - 1]?.post ?? '') ? party.first : party.first - 1;
  // `X, a Pennsylvania Democrat,`: the place a politician represents, between the article and the party (a capital too,
  // which stands for its state elsewhere: `X, an Ottawa New Democrat MP,`; or one name of a place that is a given name
  // too, right after `a`: `X, a Virginia Republican,`).
  const place = s.mentionAt[at];
  const oneName = s.tokens[at]?.capitalized === true && (place === undefined || place.first === at) && ['a', 'an'].includes(s.tokens[at - 1]?.key ?? '');
  if (oneName) at--;
  else if ((place?.type === 'Location' || place?.kind === 'capital') && place.last === at) at = place.first - 1;
  for (let k = 0; k < MAX_QUALIFIERS && at >= 0 && !ARTICLES.has(s.tokens[at]?.key ?? '') && isQualifier(s, at); k++) at--;
  const owned = at === party.first;
  if (!owned && !ARTICLES.has(s.tokens[at]?.key ?? '')) return partyOfPlace(s, party);
  // (`X, also a Republican,`, `X, himself a Labour MP,`: a word that only adds the apposition to what was said.)
  const opens = APPOSITION_ADVERBS.has(s.tokens[at - 1]?.key ?? '') ? at - 1 : at;
  // (`Senator X of Virginia, the Republican chairman of ...`: the place the person represents, before the comma.)
  let link = opens - 1;
  while (link > opens - 4 && s.tokens[link]?.capitalized && (!s.mentionAt[link] || s.mentionAt[link]?.type === 'Location')) link--;
  const of = link < opens - 1 && s.tokens[link]?.key === 'of' ? link : undefined;
  const person = of !== undefined && s.mentionAt[of - 1]?.last === of - 1 ? s.mentionAt[of - 1] : s.mentionAt[opens - 1];
  if (person?.type !== 'Person' || person.last !== (of ?? opens) - 1 || !/,/.test(s.tokens[opens - 1]?.post ?? '')) return undefined;
  const title = s.titles.find((span) => span.first === party.last + 1);
  // (`X, the Labour peer,`, `X, Labour's chief fundraiser,`: or one of the party's people, perhaps qualified.)
  const ends = (last: number | undefined) => last !== undefined && (/^[,.;:]/.test(s.tokens[last]?.post ?? '') || s.tokens[last + 1] === undefined || APPOSITION_ENDS.has(s.tokens[last + 1]?.key ?? ''));
  return ends(title?.last) || ends(partyPersonAfter(s, party)) || (!owned && !title && ends(party.last)) ? person : undefined;
}

// The last word of the party's people's noun after the party (`peer` of `the Labour peer`, `fundraiser` of `Labour's
// chief fundraiser`), perhaps after lower-case qualifiers; undefined when none follows.
function partyPersonAfter(s: AnalyzedSentence, party: ActorMention): number | undefined {
  for (let at = party.last + 1; at <= party.last + 1 + MAX_QUALIFIERS; at++) {
    const token = s.tokens[at];
    if (token && !token.capitalized && PARTY_PEOPLE.has(token.key)) return at;
    if (!isQualifier(s, at)) return undefined;
  }
  return undefined;
}

// The prepositions that tie one of a party's people to the party: `a senator from`, `two MPs of`, `an MP for`.
const PARTY_LINKS: ReadonlySet<string> = new Set(['from', 'of', 'for']);

// `X, a senator from the Unity Party`, `X and Y, two MPs of the Unity Party`, `X, an MP for the governing Unity party`:
// the people an apposition of one of the party's people names (both of two joined by `and`), and where that noun stands.
function peopleOfParty(s: AnalyzedSentence, party: ActorMention): { persons: ActorMention[]; noun: number } | undefined {
  let at = party.first - 1;
  for (let k = 0; k < MAX_QUALIFIERS && isQualifier(s, at, true) && !ARTICLES.has(s.tokens[at]?.key ?? ''); k++) at--;
  if (s.tokens[at]?.key === 'the') at--;
  const noun = s.tokens[at - 1];
  // (`MP`, `MEPs`: in capitals.)
  const lower = noun !== undefined && (!noun.capitalized || /^\p{Lu}+s?$/u.test(noun.text));
  if (!PARTY_LINKS.has(s.tokens[at]?.key ?? '') || !noun || !lower || !PARTY_PEOPLE.has(noun.key.replace(/s$/, ''))) return undefined;
  const person = memberBefore(s, at - 1, false);
  if (!person) return undefined;
  const other = s.tokens[person.first - 1]?.key === 'and' ? s.mentionAt[person.first - 2] : undefined;
  const both = other?.type === 'Person' && other.last === person.first - 2;
  return { persons: both ? [person, other] : [person], noun: at - 1 };
}

// `X, Republican of Missouri,`, `X, Democrat from Texas,`: with no article, the party and the place the politician
// represents, as US papers write it.
function partyOfPlace(s: AnalyzedSentence, party: ActorMention): ActorMention | undefined {
  const person = s.mentionAt[party.first - 1];
  const place = ['of', 'from'].includes(s.tokens[party.last + 1]?.key ?? '') ? s.mentionAt[party.last + 2] : undefined;
  const apposed = person?.type === 'Person' && person.last === party.first - 1 && /^,\s*$/.test(s.tokens[party.first - 1]?.post ?? '');
  return apposed && place?.type === 'Location' && place.first === party.last + 2 ? person : undefined;
}

// `Netanyahu's Likud party`, `Le Pen's far-right National Rally`, `Mr Bazoum's party, the Nigerien Party for ...`: the
// person whose party it is, possessive right before it (lower-case qualifiers between), or before `party, the`;
// `X, whose SNP has led`: the person the relative clause hangs on; `Her People's Party said`: the person named first in
// the sentence before.
function ownerOfParty(s: AnalyzedSentence, party: ActorMention, context: DiscourseContext): ActorMention | undefined {
  let at = party.first - 1;
  if (s.tokens[at]?.key === 'the' && s.tokens[at - 1]?.key === 'party' && /^,/.test(s.tokens[at - 1]?.post ?? '')) at -= 2;
  // `ruling`, `far-right`: qualifiers, participles among them.
  else for (let k = 0; k < MAX_QUALIFIERS && at >= 0 && isQualifier(s, at, true) && !OWNER_WORDS.has(s.tokens[at]?.key ?? ''); k++) at--;
  const word = s.tokens[at]?.key ?? '';
  // (Only words qualifying the party between: `whose ruling Unity Party`, not `whose vote the Unity Party is courting`.)
  if (word === 'whose' && s.tokens.slice(at + 1, party.first).every((token) => token.tags.has('Adjective') || /(?:ing|ed)$/.test(token.key))) {
    const antecedent = s.mentionAt[at - 1];
    return antecedent?.type === 'Person' && antecedent.last === at - 1 && /^,\s*$/.test(s.tokens[at - 1]?.post ?? '') ? antecedent : undefined;
  }
  // (Opening the sentence only: inside one, `his` may be anyone's the sentence names.)
  if ((word === 'his' || word === 'her') && at === 0 && context.lastPerson) return { entity: context.lastPerson, type: 'Person', first: -1, last: -1, kind: 'reference' };
  const person = s.mentionAt[at];
  return person?.type === 'Person' && person.last === at && s.tokens[at]?.possessive === true ? person : undefined;
}

// `the leftist Vosk party of X`, `the Law and Justice (PiS) party of X`: the person a party is said to be of, after its
// word `party` (its short name in brackets perhaps between).
function personPartyIsOf(s: AnalyzedSentence, party: ActorMention): ActorMention | undefined {
  let at = party.last + 1;
  const again = s.mentionAt[at];
  if (again?.entity === party.entity && again.first === at) at = again.last + 1;
  if (s.tokens[at]?.key === 'party' && !s.tokens[at]?.capitalized) at++;
  else if (s.tokens[party.last]?.key !== 'party' || at !== party.last + 1) return undefined;
  const person = s.tokens[at]?.key === 'of' ? s.mentionAt[at + 1] : undefined;
  return person?.type === 'Person' && person.first === at + 1 ? person : undefined;
}

// The head nouns of political movements' names (`African National Congress`, `National League for Democracy`).
const MOVEMENT_HEADS: ReadonlySet<string> = new Set(['congress', 'front', 'movement', 'alliance', 'league', 'rally', 'coalition', 'bloc', 'forum', 'convention']);

// Whether an organization's name of two words or more is headed by a movement's noun: its last word, or the word before
// its `for` or `of` (not a company's or a newsroom's name).
function namesMovement(s: AnalyzedSentence, mention: ActorMention): boolean {
  if (mention.type !== 'Organization' || mention.last === mention.first || mention.kind === 'company' || mention.kind === 'media') return false;
  const words = s.tokens.slice(mention.first, mention.last + 1);
  return MOVEMENT_HEADS.has(words.at(-1)?.key ?? '') || words.some((word, k) => MOVEMENT_HEADS.has(word.key) && ['for', 'of'].includes(words[k + 1]?.key ?? ''));
}

// Words that say whose a party is, before it (`X, whose SNP`, `her People's Party`).
const OWNER_WORDS: ReadonlySet<string> = new Set(['whose', 'his', 'her']);

// `For the Liberal Democrats, Treasury spokesman X said`: opening the sentence, the party a person then speaks for.
function speakerFor(s: AnalyzedSentence, party: ActorMention): ActorMention | undefined {
  return partySpokenFor(s) === party ? personNamedAfter(s, party) : undefined;
}

const knowledge = defaultKnowledge();

// `Judge X of the Federal Circuit Court`: a title before the person's name that is a post of bodies of the kind named
// after `of` (knowledge's bodyPosts: a judge's court, by the body's head words) says X holds that post there, which
// impliedOffices reads; membership says less.
function postOfBodyKind(s: AnalyzedSentence, person: ActorMention, body: ActorMention): boolean {
  const title = s.titles.find((span) => span.last === person.first - 1);
  if (!title) return false;
  const words = bodyWordsOfPost(normalizeKey(title.title), knowledge);
  const name = s.tokens.slice(body.first, body.last + 1).map((word) => word.text).join(' ');
  return words !== undefined && headWords(name).some((word) => words.includes(word));
}

/** The reading of `X of Y` where Y employs its people rather than enrols members, with the heads that tell such a body. */
export const staffOfBody = {
  id: 'staff-of-body',
  reason: 'a person named as of a company, a news organization or a body of learning, research, care or finance works there',
  // The last words of the names of bodies that employ their people (`Georgetown University`, `BGC Partners`); not
  // `institute`, which names political groups as well as research bodies.
  heads: ['university', 'college', 'institution', 'school', 'centre', 'center', 'foundation', 'hospital', 'clinic', 'laboratory', 'laboratories', 'observatory', 'museum', 'bank', 'partners', 'associates', 'securities', 'capital', 'consulting', 'research'],
} as const;
const EMPLOYER_HEADS: ReadonlySet<string> = new Set(staffOfBody.heads);

// A party (and a band, a faction or any body whose kind its name does not tell) enrols members; a company, a news
// organization or a body named for learning, care or finance employs its people.
function isEmployer(s: AnalyzedSentence, body: ActorMention): boolean {
  return !isParty(s, body) && (body.kind === 'company' || body.kind === 'media' || EMPLOYER_HEADS.has(s.tokens[body.last]?.key ?? ''));
}

// The person named right after a party's comma, a rank or honorific perhaps before the name (`, Sen. X`).
function personApposedTo(s: AnalyzedSentence, party: ActorMention): ActorMention | undefined {
  let at = party.last + 1;
  while (at <= party.last + 2 && s.tokens[at]?.capitalized && !s.mentionAt[at]) at++;
  const person = s.mentionAt[at];
  return person?.type === 'Person' && person.first === at ? person : undefined;
}

// `Two other Republicans, Sens. X of Rhode Island and Y of Nebraska,`: the people listed in apposition to a party's
// members, named by the party's plural (a rank or honorific perhaps before the first), two or more.
function membersListed(s: AnalyzedSentence, party: ActorMention): ActorMention[] {
  const plural = s.tokens[party.last];
  if (party.first !== party.last || !plural || !/s$/.test(plural.key) || plural.possessive || !/^\s*[,\u2013\u2014-]\s*$/.test(plural.post)) return [];
  const first = personApposedTo(s, party);
  if (!first) return [];
  // (One name after the plural is no list: `the Republicans, X said, would`.)
  const listed = coordinatedActors(s, first.first, 1).actors.filter((actor) => actor.type === 'Person');
  return listed.length >= 2 ? listed : [];
}

// The people named right after a body's possessive (`FTU's Alice Mak`, `DAB's Ben Chan and Leung Che-cheung`).
function possessedPeople(s: AnalyzedSentence, body: ActorMention): ActorMention[] {
  const first = s.mentionAt[body.last + 1];
  if (!s.tokens[body.last]?.possessive || first?.type !== 'Person' || first.first !== body.last + 1) return [];
  return coordinatedActors(s, first.first, 1).actors.filter((actor) => actor.type === 'Person');
}

// `Lee Tam of the Civic Party`, `Ann Ho from the Labour Party`: a person named right before `of` the body, or `from` a
// party (`removed a video of X from YouTube`: `from` often belongs to the verb); a party also in apposition, perhaps
// qualified (`Ann Ho, of the governing Unity Party,`), and any body whose apposition ends with it.
function personOf(s: AnalyzedSentence, body: ActorMention): ActorMention | undefined {
  const party = isParty(s, body);
  let at = body.first - 1;
  // `X of the Australian National University`: a country's word before a body's generic name is a word of its name.
  const country = s.mentionAt[at];
  if (country?.type === 'Country' && country.last === at && !s.tokens[at]?.possessive) at = country.first - 1;
  // `Mr X, of the governing National Action Party`: words qualifying a party between `the` and its name.
  let qualified = at;
  while (party && qualified > at - MAX_QUALIFIERS && !ARTICLES.has(s.tokens[qualified]?.key ?? '') && isQualifier(s, qualified, true)) qualified--;
  if (s.tokens[qualified]?.key === 'the') at = qualified;
  if (s.tokens[at]?.key === 'the') at--;
  if (s.tokens[at]?.key !== 'of' && !(s.tokens[at]?.key === 'from' && party)) return undefined;
  // `Ann Ho, 47, of the European Space Agency`: a person's age between commas; `Ann Ho, also of the Unity Party`.
  const age = /^\d{1,3}$/.test(s.tokens[at - 1]?.text ?? '') && /^,/.test(s.tokens[at - 1]?.post ?? '') && /^,/.test(s.tokens[at - 2]?.post ?? '');
  const also = s.tokens[at - 1]?.key === 'also' && /^,\s*$/.test(s.tokens[at - 2]?.post ?? '');
  const end = age || also ? at - 2 : at - 1;
  const person = s.mentionAt[end];
  // `Mr X, of the Labour Party,`: a party in apposition is the person's, as news writes a politician's party; so is any
  // body whose apposition closes with it (`David Hart, of the National Association of Head Teachers, urged`).
  const closes = body.last === s.tokens.length - 1 || /^\s*[,;.]/.test(s.tokens[body.last]?.post ?? '');
  const apposed = (party || closes) && /^,\s*$/.test(s.tokens[end]?.post ?? '');
  return person?.type === 'Person' && person.last === end && (age || apposed || (also && (party || closes)) || !/[,;:]/.test(s.tokens[end]?.post ?? '')) ? person : undefined;
}

// `senior`, `leading`, `transport`: a lower-case word qualifying the member or office, not a word saying it is over or an
// inflected verb (compromise reads some portfolios, `transport`, as bare verbs); with `participles`, verbs too (`ruling`).
// Prepositions inside a person's post (`candidate for mayor`, `secretary of state`, `spokesman on health`).
const POST_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'on', 'in']);

function isQualifier(s: AnalyzedSentence, at: number, participles = false): boolean {
  const token = s.tokens[at];
  const verb = !participles && token?.tags.has('Verb') === true && !token.tags.has('Infinitive');
  // (`voted with the PP after its leader, X`: a pronoun or a preposition that is no post's (`candidate for mayor`,
  // `spokesman on health`) ends the words about the party's person.)
  const link = token !== undefined && (['Pronoun', 'Conjunction'].some((tag) => token.tags.has(tag)) || (token.tags.has('Preposition') && !POST_PREPOSITIONS.has(token.key)));
  return token !== undefined && !token.capitalized && !NOT_NOW.has(token.key) && !verb && !link && !/,/.test(token.post) && !s.mentionAt[at];
}

// The nouns and verbs of `whose members include`.
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['members', 'membership', 'affiliates', 'shareholders']);
const INCLUDE_VERBS: ReadonlySet<string> = new Set(['include', 'includes', 'included', 'are', 'were']);

// `X, a senior member of`, `X is a member of`, `X, who is a member of`: the person whose membership `member` states;
// with `linked` false, in apposition only, whose article may be a number (`X and Y, two senators from`).
function memberBefore(s: AnalyzedSentence, member: number, linked = true): ActorMention | undefined {
  let at = member - 1;
  const opens = (token: Token | undefined) => token !== undefined && (ARTICLES.has(token.key) || (!linked && token.tags.has('Value')));
  for (let k = 0; k < MAX_QUALIFIERS && at >= 0 && !opens(s.tokens[at]) && isQualifier(s, at); k++) at--;
  if (!opens(s.tokens[at]) || NOT_NOW.has(s.tokens[at - 1]?.key ?? '')) return undefined;
  at--;
  if (linked && LINKING_VERBS.has(s.tokens[at]?.key ?? '')) {
    at--;
    if (s.tokens[at]?.key === 'who') at--;
    const person = s.mentionAt[at];
    return person?.type === 'Person' && person.last === at ? person : undefined;
  }
  const person = s.mentionAt[at];
  return person?.type === 'Person' && person.last === at && /,/.test(s.tokens[at]?.post ?? '') ? person : undefined;
}
