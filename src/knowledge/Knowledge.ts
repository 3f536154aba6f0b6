import type { Gazetteer } from './Gazetteer';

/** Everything general the extractor knows: known names, office titles, honorifics and name-shaping words. */
export interface Knowledge {
  readonly gazetteer: Gazetteer;
  /** Office titles by normalized key (`secretary of state`), longest first when matching. */
  readonly titles: ReadonlyMap<string, string>;
  readonly maxTitleWords: number;
  /** Honorifics that precede a name but are not part of it (`sir`, `mr`). */
  readonly honorifics: ReadonlySet<string>;
  /** Words that qualify a rank before an honorific (`vice`, `air`, `chief`): `Air Vice Marshal X` is X. */
  readonly rankModifiers: ReadonlySet<string>;
  /** The honorifics never found inside a name (`mr`, `lord`): one opens a new name (`Following Mr Prescott`). */
  readonly courtesyTitles: ReadonlySet<string>;
  /** Titles before a monarch's, prince's or pope's one name, which is known with the title (`King Hussein`). */
  readonly regnalTitles: ReadonlySet<string>;
  /** Last words of an office phrase made of ordinary words (`Commerce Minister`, `foreign policy chief`). */
  readonly titleHeads: ReadonlySet<string>;
  /** Nouns for a post held at a body (`professor`, `co founder`, and every title head), as normalized keys. */
  readonly roleNouns: ReadonlySet<string>;
  /** Offices a party gives, by their last words (`leader`, `chief whip`): other titles after a party are state offices. */
  readonly partyOffices: ReadonlySet<string>;
  /** Words that make an office a post in a party (`shadow`): `shadow chancellor` is held in the holder's party. */
  readonly partyPostModifiers: ReadonlySet<string>;
  /** Last words of government posts a country's own press names without the country (`home secretary`, `minister`). */
  readonly impliedOffices: ReadonlySet<string>;
  /** Posts of a court or a chamber (`justice`, `senator`) to the words of the names of bodies that have them (`court`, `senate`). */
  readonly bodyPosts: ReadonlyMap<string, readonly string[]>;
  /** Words that name a trial court (`district`, `crown`), whose members are judges, not justices. */
  readonly trialCourtWords: ReadonlySet<string>;
  /** A company's posts its own news names without the company (`chairman`, `chief executive`), as normalized titles. */
  readonly corporatePosts: ReadonlySet<string>;
  /** Implied posts that are the state's only when written capitalized (`Opposition Leader X`), as normalized titles. */
  readonly formalOffices: ReadonlySet<string>;
  /** Last words of titles that end like such a post but are not the state's (`first minister`, `press secretary`). */
  readonly notImpliedOffices: ReadonlySet<string>;
  /** Government posts a country does not have, by the country's entity id, as normalized last words (`minister` for the United States). */
  readonly officesNotHeld: ReadonlyMap<string, ReadonlySet<string>>;
  /** Offices few countries have, as normalized titles, to those countries' entity ids (`taoiseach` -> Ireland; `foreign secretary` -> Britain, India...). */
  readonly nationalOffices: ReadonlyMap<string, readonly string[]>;
  /** Last words of diplomatic offices, held for a country and posted to the body named with them (`U.N. Ambassador`). */
  readonly postings: ReadonlySet<string>;
  /** Words that say when or how an office is held, left out of its canonical title (`caretaker`, `acting`). */
  readonly transientModifiers: ReadonlySet<string>;
  /** Every national demonym, shared ones too (`Congolese`): a word that names a people, never a body or person by itself. */
  readonly demonyms: ReadonlySet<string>;
  /** Plural names of peoples that are not a state's demonym (`Scots`, `Kurds`): a group, never a person or a body. */
  readonly peoples: ReadonlySet<string>;
  /** Adjectives of faiths (`Roman Catholic`, `Anglican`): before a common noun, no one's name. */
  readonly faiths: ReadonlySet<string>;
  /** Singular nouns for a person of a nation unlike its adjective (`Swede`, `Briton`): before a name, no part of it. */
  readonly nationals: ReadonlySet<string>;
  /** Nationals' nouns that are given names too (`Dane`): after `the` the noun, never a name. */
  readonly articleNationals: ReadonlySet<string>;
  /** A chamber's head word (`House`): named alone it could be any country's chamber, and names none but the one its country's news means. */
  readonly chamberWords: ReadonlySet<string>;
  /** Common nouns that stand for a named organization later in an article (`the bloc`), by entity id. */
  readonly referenceNouns: ReadonlyMap<string, readonly string[]>;
  /** The authority that governs each such country's people (`Palestinian Authority`), by the country's id: see institutions.json. */
  readonly governingBodies: ReadonlyMap<string, { readonly id: string; readonly name: string }>;
  /** Common surnames that are no common English word (`vosk`): a capitalized one standing alone names a person. */
  readonly surnames: ReadonlySet<string>;
}
