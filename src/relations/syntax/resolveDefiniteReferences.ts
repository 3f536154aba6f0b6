import { countryOfEntity } from '../../entities/countryOfEntity';
import type { Entity } from '../../entities/EntitySchema';
import { LEGAL_FORMS, ORGANIZATION_NOUNS } from '../../mentions/nameWords';
import { SHAREHOLDER_THINGS } from '../../mentions/ownsCompanyThing';
import type { Knowledge } from '../../knowledge/Knowledge';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';

// Words after which a name's head noun has ended: `Council of Europe`, `Organization for Security ...`, `Committee to
// Protect Journalists`.
const NAME_LINKS = new Set(['of', 'for', 'on', 'in', 'to']);

/**
 * `the council`, `the bloc`: a definite noun phrase that names no one stands for the organization most recently named
 * in the article whose name has that head noun (`Security Council`, `Court of Justice`) or that news calls so (`the
 * bloc` for the EU, from knowledge; `the organisation` for the body, but a party, named most), unless that one was
 * named in passing sentences before and another such body more often (bodyMeant). `the government` (`the new
 * government` too), `the authorities` and `ministers` alone (`accused ministers of`) stand for the country the article
 * is about (`home`, when articleCountry decides one), else for the one country whose parties the sentence names
 * (`Labour MP X accused the government`: an opposition member's government is his country's); `the French`, a demonym
 * heading its phrase, for its country. Adds those references to the sentences as mentions relation rules can use; `the
 * council of ministers`, `the government of Chad` and nouns of an organization not named before are left alone.
 */
export function resolveDefiniteReferences(
  sentences: readonly AnalyzedSentence[],
  entities: readonly Entity[],
  knowledge: Knowledge,
  home?: string,
): AnalyzedSentence[] {
  // The nouns each organization can be referred back with, worked out once per entity rather than per mention.
  const nounsOf = new Map(entities.filter((entity) => entity.type === 'Organization').map((entity) => [entity.id, referenceNouns(entity, knowledge)]));
  const chambers = chambersOf(entities);
  // The organization each noun stands for now: the last one named with it.
  const recent = new Map<string, ActorMention>();
  // How often each party has been named so far.
  const partyCounts = new Map<string, number>();
  // How often each other body has been named so far.
  const bodyCounts = new Map<string, number>();
  // How often each body has been named or referred back to so far with one of its nouns (`the court`).
  const heldCounts = new Map<string, number>();
  const countryOf = new Map(entities.map((entity) => [entity.id, countryOfEntity(entity)]));
  // The bodies named so far with each noun (`recent` holds the last of them).
  const namedWith = new Map<string, Set<string>>();
  // The sentence each body was last named in.
  const namedIn = new Map<string, number>();
  // The bodies the article shows to be companies, and the one it is about, as last named.
  const companies = companiesIn(sentences);
  let company: ActorMention | undefined;
  let sentence = -1;
  const remember = (noun: string, named: ActorMention) => {
    recent.set(noun, named);
    namedWith.set(noun, (namedWith.get(noun) ?? new Set()).add(named.entity));
    namedIn.set(named.entity, sentence);
  };
  // How many sentences back a body was last named.
  const ago = (entity: string) => sentence - (namedIn.get(entity) ?? sentence);
  return sentences.map((s) => {
    sentence++;
    const governed = home ?? partiesCountry(s, countryOf);
    const homeMention = governed ? ({ entity: governed, type: 'Country', first: -1, last: -1, kind: 'reference' } as const) : undefined;
    const added: ActorMention[] = [];
    const replaced = new Set<ActorMention>();
    const mentionAt = [...s.mentionAt];
    s.tokens.forEach((token, i) => {
      const named = s.mentionAt[i];
      if (named && named.last === i && nationalsAt(s, named)) {
        const reference: ActorMention = { ...named, kind: 'reference' };
        added.push(reference);
        replaced.add(named);
        for (let at = named.first; at <= i; at++) mentionAt[at] = reference;
        return;
      }
      if (named?.type === 'Organization' && named.last === i) {
        for (const noun of nounsOf.get(named.entity) ?? []) remember(noun, named);
        // `the organisation`: the body, but a party (`the party`), the article has named most so far.
        if (named.kind !== 'party') {
          bodyCounts.set(named.entity, (bodyCounts.get(named.entity) ?? 0) + 1);
          heldCounts.set(named.entity, (heldCounts.get(named.entity) ?? 0) + 1);
          const main = mainBody(bodyCounts) === named.entity;
          if (main) for (const noun of ANY_BODY_NOUNS) recent.set(noun, named);
          // `Severn Trent ... the company`: a company the article is about, named most so far, is `the company` or
          // `the firm` without being called so, in its own sentence or the next (not one named in passing: `its bank,
          // Barclays`).
          if (main && companies.has(named.entity)) {
            company = named;
            namedIn.set(named.entity, sentence);
          }
        }
        // `the Lib Dems ... the party's chief executive`: a party is `the party` whatever its name's head.
        if (named.kind === 'party') {
          recent.set(PARTY, named);
          partyCounts.set(named.entity, (partyCounts.get(named.entity) ?? 0) + 1);
        }
        // `the RMT union`, `the carmaker Peugeot`, `Vela, the catering company,`: the text's own noun for the body.
        for (const noun of nounsWrittenFor(s, named)) remember(noun, named);
        return;
      }
      // `Party chairman X said`: opening the sentence, `party` needs no `the` before a post; it is the one party the
      // sentence names (`Party leader X insisted the Conservatives ...`), else the party the article has named most, the
      // one it is about, more than the one named last.
      const main = i === 0 && token.key === PARTY && !named && s.titles.some((title) => title.first === 1 && title.partyOffice) ? mainParty(s, partyCounts) : undefined;
      if (main) {
        const reference: ActorMention = { entity: main, type: 'Organization', first: 0, last: 0, kind: 'reference' };
        added.push(reference);
        mentionAt[0] = reference;
        return;
      }
      const chamber = named ? undefined : chambers.get(token.key);
      if (chamber && membersAt(s, i)) {
        const reference: ActorMention = { entity: chamber, type: 'Organization', first: i, last: i, kind: 'reference' };
        added.push(reference);
        mentionAt[i] = reference;
        return;
      }
      if (homeMention && !named && cabinetAt(s, i)) {
        const reference: ActorMention = { ...homeMention, first: i, last: i };
        added.push(reference);
        mentionAt[i] = reference;
        return;
      }
      // `the new government`, `the federal government`: a word saying which of the country's governments qualifies it.
      const at = GOVERNMENT_QUALIFIERS.has(s.tokens[i + 1]?.key ?? '') && GOVERNMENT_NOUNS.has(s.tokens[i + 2]?.key ?? '') ? i + 2 : i + 1;
      const noun = s.tokens[at];
      const listed = company && COMPANY_NOUNS.has(noun?.key ?? '') && ago(company.entity) <= 1 ? company : undefined;
      const meant = noun ? (GOVERNMENT_NOUNS.has(noun.key) ? homeMention : noun.key === PARTY ? partyMeant(s, recent.get(PARTY), partyCounts) : (bodyMeant(recent.get(noun.key), ago, namedWith.get(noun.key), heldCounts) ?? listed)) : undefined;
      // `the entertainment company`: a body's noun after the word names another body of that kind.
      const describes = ORGANIZATION_NOUNS.has(s.tokens[at + 1]?.key ?? '') && s.tokens[at + 1]?.capitalized === false;
      if (token.key !== 'the' || named || !noun || !meant || s.mentionAt[at] || s.mentionAt[i + 1] || !noun.tags.has('Noun') || namesAnother(s, at + 1) || describes) return;
      // `the government of Chad`, `the government in Kabul`: another country's.
      if (GOVERNMENT_NOUNS.has(noun.key) && ['of', 'in'].includes(s.tokens[at + 1]?.key ?? '') && s.tokens[at + 2]?.capitalized) return;
      // The noun alone is the mention, as a name after `the` is: rules skip determiners.
      const reference: ActorMention = { entity: meant.entity, type: meant.type, first: at, last: at, kind: 'reference' };
      added.push(reference);
      mentionAt[at] = reference;
      if (meant.type === 'Organization') heldCounts.set(meant.entity, (heldCounts.get(meant.entity) ?? 0) + 1);
    });
    if (added.length === 0) return s;
    return { ...s, mentions: [...s.mentions.filter((mention) => !replaced.has(mention)), ...added].sort((a, b) => a.first - b.first), mentionAt };
  });
}

// The body, not a party, the article has named most so far (the first named of those named as often).
function mainBody(counts: ReadonlyMap<string, number>): string | undefined {
  const [main] = [...counts].sort((a, b) => b[1] - a[1]);
  return main?.[0];
}

/**
 * The bodies an article shows to be companies: listed ones, and those it names with a legal form (`Hollinger Inc`) or
 * as owning what only a company has (`Gate Gourmet's shareholders`, `Vela shares`, `shares in Vela`).
 */
function companiesIn(sentences: readonly AnalyzedSentence[]): Set<string> {
  const companies = new Set<string>();
  for (const s of sentences) {
    for (const named of s.mentions) {
      if (named.type !== 'Organization' || named.kind === 'reference') continue;
      const last = s.tokens[named.last];
      // (Not `group`, which ends political groups' names too: `the Socialist Campaign Group`.)
      const form = [last, s.tokens[named.last + 1]].some((token) => token !== undefined && token.key !== 'group' && LEGAL_FORMS.has(token.key));
      const owns = SHAREHOLDER_THINGS.has(s.tokens[named.last + 1]?.key ?? '') && (last?.possessive === true || !/[,;:]/.test(last?.post ?? ''));
      const sharesIn = s.tokens[named.first - 1]?.key === 'in' && s.tokens[named.first - 2]?.key === 'shares';
      if (named.kind === 'company' || form || owns || sharesIn) companies.add(named.entity);
    }
  }
  return companies;
}

// Nouns that stand for a company named before, as business news calls one.
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm']);

// Nouns that stand for the body the article has named most, whatever its kind (`the board`, `the management`: its
// board and managers, who act for it).
const ANY_BODY_NOUNS = ['organisation', 'organization', 'board', 'management'];

// The noun that stands for the party named last.
const PARTY = 'party';

// The plural that, alone, stands for the government's members.
const MINISTERS = 'ministers';

// The nouns that, with `the` and no other word, stand for the government of the article's country.
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'authorities']);

// Words between `the` and such a noun that say which of the country's governments is meant, not which government of
// a part of it (`the regional government`, `the state government`).
const GOVERNMENT_QUALIFIERS: ReadonlySet<string> = new Set([
  'new', 'current', 'previous', 'former', 'interim', 'transitional', 'caretaker', 'coalition', 'federal', 'central', 'national', 'incoming', 'outgoing', 'military',
]);

// `accused the Australians of arrogance`, `the French, who`: a country's demonym after `the`, heading its own phrase,
// names the country's people as one side, and so the country; not `the French embassy` (a modifier), not `the
// Argentine` (one national).
function nationalsAt(s: AnalyzedSentence, named: ActorMention): boolean {
  const after = s.tokens[named.last + 1];
  const modifies = after !== undefined && !/\S/.test(s.tokens[named.last]?.post ?? '') && (after.tags.has('Noun') || after.tags.has('Adjective'));
  // A plural (`Australians`) or a form that is its own plural (`French`, `Swiss`, `Chinese`); `the Argentine` is one man.
  const plural = /(s|ese|ish|ch|sh)$/.test(s.tokens[named.last]?.key ?? '');
  return named.kind === 'demonym' && named.type === 'Country' && s.tokens[named.first - 1]?.key === 'the' && plural && !modifies;
}

// `accused ministers of`, `urged ministers to`, `said ministers had`: `ministers` alone, straight after a verb or a
// preposition, are the government's; not `the ministers` (named before), `EU ministers`, `ministers of the bloc`.
function cabinetAt(s: AnalyzedSentence, i: number): boolean {
  const before = s.tokens[i - 1];
  const after = s.tokens[i + 1]?.key ?? '';
  const ownPhrase = after === 'of' && (OF_OBJECT_VERBS.test(before?.key ?? '') || /ing$/.test(s.tokens[i + 2]?.key ?? ''));
  return s.tokens[i]?.key === MINISTERS && before !== undefined && !before.capitalized && (before.tags.has('Verb') || before.tags.has('Preposition')) && (ownPhrase || !['of', 'from', 'in', 'at'].includes(after));
}

// The words of a chamber's name that its members' plural stands for (`urged MPs to`: the House of Commons).
const CHAMBER_MEMBERS: ReadonlyMap<string, RegExp> = new Map([
  ['mps', /\bcommons\b/i],
  ['peers', /\blords\b/i],
  ['senators', /\bsenate\b/i],
  ['meps', /\beuropean parliament\b/i],
]);

// The one chamber the article names for each members' plural; none where it names two (the Australian and the US
// Senate) or none.
function chambersOf(entities: readonly Entity[]): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const [members, chamber] of CHAMBER_MEMBERS) {
    const named = entities.filter((entity) => entity.type === 'Organization' && [entity.name, ...entity.aliases].some((name) => chamber.test(name)));
    const [only] = named;
    if (only && named.length === 1) found.set(members, only.id);
  }
  return found;
}

// `urged MPs to`, `told peers that`, `a letter to senators`: a chamber's members alone, straight after a verb or a
// preposition, are the chamber; not `Labour MPs`, `200 MPs`, `some senators`, nor `MPs from all parties`.
function membersAt(s: AnalyzedSentence, i: number): boolean {
  const before = s.tokens[i - 1];
  return before !== undefined && !before.capitalized && (before.tags.has('Verb') || before.tags.has('Preposition')) && !['of', 'from', 'in'].includes(s.tokens[i + 1]?.key ?? '');
}

// The one country the parties a sentence names belong to, if they all belong to one.
function partiesCountry(s: AnalyzedSentence, countryOf: ReadonlyMap<string, string | undefined>): string | undefined {
  const countries = new Set(s.mentions.filter((mention) => mention.kind === 'party').map((mention) => countryOf.get(mention.entity)));
  const [country] = countries;
  return countries.size === 1 ? country : undefined;
}

// Verbs whose object takes an `of` phrase of its own (`accused the council of bias`).
const OF_OBJECT_VERBS = /^(accus|suspect|convict|warn|clear)/;

// `the council of ministers` is another body; `accused the council of siding` is the one named before.
function namesAnother(s: AnalyzedSentence, next: number): boolean {
  if (s.tokens[next]?.key !== 'of') return false;
  const after = s.tokens[next + 1];
  const gerund = after !== undefined && (after.tags.has('Gerund') || /ing$/.test(after.key));
  return !gerund && !OF_OBJECT_VERBS.test(s.tokens[next - 3]?.key ?? '');
}

// `the party`: the party named `last`, when its own sentence named it (`The Tory chairman, X, who ran the party's
// campaign`); else the party the article has named most so far, the one it is about, more than one named last in
// passing (`Conservative leader X said ... Y, the party's spokesman,` in a story about the Liberal Democrats).
function partyMeant(s: AnalyzedSentence, last: ActorMention | undefined, partyCounts: ReadonlyMap<string, number>): ActorMention | undefined {
  const [main] = [...partyCounts].sort((a, b) => b[1] - a[1]);
  if (!main || !last || s.mentions.includes(last) || main[0] === last.entity || main[1] === partyCounts.get(last.entity)) return last;
  return { ...last, entity: main[0] };
}

// `the university`: the body named last with the noun, when this sentence or the one before named it; else, of the
// bodies named with it, the one the article has named (or referred back to) most so far, the one it is about, more than
// one named in passing some sentences before (`the Rabobank team ... Discovery Channel ... the team's decision`); named
// as often, the first of them, which the story led with, once the last is a paragraph or more behind.
function bodyMeant(
  last: ActorMention | undefined,
  ago: (entity: string) => number,
  candidates: ReadonlySet<string> | undefined,
  counts: ReadonlyMap<string, number>,
): ActorMention | undefined {
  if (!last || !candidates || ago(last.entity) <= 1) return last;
  const [main] = [...candidates].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  if (!main) return last;
  const lead = (counts.get(main) ?? 0) - (counts.get(last.entity) ?? 0);
  return lead > 0 || (lead === 0 && ago(last.entity) > RECENT_SENTENCES) ? { ...last, entity: main } : last;
}

// How many sentences back a body named last is still the one a definite noun means when another was named as often.
const RECENT_SENTENCES = 2;

// The one party a sentence names, else the party named most so far.
function mainParty(s: AnalyzedSentence, partyCounts: ReadonlyMap<string, number>): string | undefined {
  const own = new Set(s.mentions.filter((mention) => mention.kind === 'party').map((mention) => mention.entity));
  const [main] = own.size === 1 ? [...own] : [...partyCounts].sort((a, b) => b[1] - a[1]).map(([entity]) => entity);
  return main;
}

// How many words may stand between an apposition's article and its noun (`Vela, the French catering company,`).
const APPOSITION_WORDS = 3;

// The nouns for a body the text writes with its name: right after it (`the RMT union`), right before it after an article
// (`the carmaker Peugeot`), or heading an apposition (`Vela, the catering company,`, `Vela, a music label based in`).
function nounsWrittenFor(s: AnalyzedSentence, named: ActorMention): string[] {
  const { tokens } = s;
  const nouns: string[] = [];
  const last = tokens[named.last];
  const after = tokens[named.last + 1];
  const nounOf = (token: (typeof tokens)[number] | undefined) => (token !== undefined && !token.capitalized && ORGANIZATION_NOUNS.has(token.key) ? token.key : undefined);
  const next = nounOf(after);
  if (next && !last?.possessive && !/\S/.test(last?.post ?? '')) nouns.push(next);
  const previous = nounOf(tokens[named.first - 1]);
  if (previous && ['the', 'a', 'an'].includes(tokens[named.first - 2]?.key ?? '')) nouns.push(previous);
  if (/^,/.test(last?.post ?? '') && ['the', 'a', 'an'].includes(after?.key ?? '')) {
    for (let at = named.last + 2; at <= named.last + 1 + APPOSITION_WORDS && tokens[at] && !tokens[at]?.capitalized; at++) {
      const noun = nounOf(tokens[at]);
      if (noun) {
        nouns.push(noun);
        break;
      }
      if (/[,;:]/.test(tokens[at]?.post ?? '')) break;
    }
  }
  return nouns;
}

/**
 * The head noun of each name of an organization (`council` of `UN Security Council`), and the nouns knowledge gives it;
 * not a plural head (`Universal Studios`: `the studios` are studios in general).
 */
function referenceNouns(entity: Entity, knowledge: Knowledge): string[] {
  const heads = [entity.name, ...entity.aliases].flatMap((name) => {
    const words = name.toLowerCase().split(/\s+/);
    if (words.length < 2) return [];
    const link = words.findIndex((word) => NAME_LINKS.has(word));
    const head = words[link > 0 ? link - 1 : words.length - 1];
    // (`the House` is a chamber, `House of Representatives`, never the White House.)
    const chamber = link <= 0 && knowledge.chamberWords.has(head ?? '');
    return head && /^[a-z]+$/.test(head) && !/[^s]s$/.test(head) && !chamber ? [head] : [];
  });
  return [...heads, ...(knowledge.referenceNouns.get(entity.id) ?? [])];
}
