/** A word list the tokenizer follows, with why it exists and examples (text -> tokens) that a test runs. */
export interface TokenizerRule {
  readonly id: string;
  readonly reason: string;
  readonly words: ReadonlySet<string>;
  readonly examples: readonly (readonly [string, readonly string[]])[];
}

/** Abbreviations that keep their period, as UD English (EWT, GUM) writes them; compared case-sensitively. */
export const ABBREVIATIONS: TokenizerRule = {
  id: 'tokenizer:abbreviations',
  reason: 'UD English keeps the period of an abbreviation inside the word (Mr., Inc., etc.), so it is no sentence punctuation',
  words: new Set(
    (
      'Mr Mrs Ms Messrs Mme Mlle Dr Drs Prof St Jr Sr Rev Hon Gen Sen Sens Rep Reps Gov Pres Capt Lt Col Sgt Maj Adm Cmdr Gov Supt Esq ' +
      'Inc Corp Co Ltd Bros Assn Dept dept Univ Mt Ft Ave Blvd Rd ' +
      'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri ' +
      'etc al vs cf c ca approx est fig Fig vol Vol no No nos Nos pp ed eds op cit ibid ext tel min max div ' +
      'Ala Ariz Ark Calif Cal Colo Conn Fla Ga Kan Ky Md Mich Minn Mont Neb Nev Okla Ore Tenn Tex Vt Wis Wyo Ont Que'
    ).split(' '),
  ),
  examples: [
    ['Mr. Smith left.', ['Mr.', 'Smith', 'left', '.']],
    // (Plural titles too: senators, representatives and doctors named together.)
    ['Sens. Vale and Ost left.', ['Sens.', 'Vale', 'and', 'Ost', 'left', '.']],
    ['apples, pears, etc.', ['apples', ',', 'pears', ',', 'etc.']],
    ['It rained.', ['It', 'rained', '.']],
    // After a hyphen, a name's abbreviation keeps its period (an American legislator's party and state).
    ['Ann Vale, D-Calif., spoke.', ['Ann', 'Vale', ',', 'D', '-', 'Calif.', ',', 'spoke', '.']],
    ['They run a co-op.', ['They', 'run', 'a', 'co-op', '.']],
  ],
};

/** Prefixes that stay joined to the word after their hyphen; other hyphens between words are split off. */
export const HYPHEN_PREFIXES: TokenizerRule = {
  id: 'tokenizer:hyphen-prefixes',
  reason: 'UD English splits hyphenated words (well - known) but not a prefix that cannot stand alone (non-profit, co-founder)',
  words: new Set('non e re co cross anti pro pre post counter mid mini semi inter sub ex multi socio mis bi tri neo quasi ultra'.split(' ')),
  examples: [
    ['a non-profit group', ['a', 'non-profit', 'group']],
    ['a well-known co-founder', ['a', 'well', '-', 'known', 'co-founder']],
  ],
};

/** Words written with a leading apostrophe that is an elision, not an opening quote. */
export const ELIDED_WORDS: TokenizerRule = {
  id: 'tokenizer:elided-words',
  reason: "an apostrophe that stands for dropped letters belongs to the word ('em, 'cause), unlike an opening quote",
  words: new Set(['em', 'cause', 'cos', 'til', 'till', 'n', 'round', 'bout', 'tis']),
  examples: [
    ["tell 'em", ['tell', "'em"]],
    ["'Queen'", ["'", 'Queen', "'"]],
  ],
};

/** Contractions UD splits into two words without an apostrophe to split at. */
export const FUSED_WORDS: TokenizerRule = {
  id: 'tokenizer:fused-words',
  reason: 'UD English splits fused forms into their two syntactic words (gon na, can not), as EWT and GUM annotate them',
  words: new Set(['cannot', 'gonna', 'wanna', 'gotta', 'dunno', 'lemme', 'gimme']),
  examples: [
    ["I'm gonna go", ['I', "'m", 'gon', 'na', 'go']],
    ['you cannot', ['you', 'can', 'not']],
  ],
};

/** Units written after a number without a space, split off like the number and unit of `430 km`. */
export const UNITS: TokenizerRule = {
  id: 'tokenizer:units',
  reason: 'UD English makes a number and its unit two words even when written together (430km -> 430 km, 5pm -> 5 pm)',
  words: new Set('km kg mg g m cm mm mi ft lb lbs oz ml l gb mb kb tb hz khz mhz ghz mph kph kmh pm am hr hrs min mins sec secs yr yrs k'.split(' ')),
  examples: [
    ['a 430km walk', ['a', '430', 'km', 'walk']],
    ['in the 1990s', ['in', 'the', '1990s']],
  ],
};
