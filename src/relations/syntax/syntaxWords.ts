/** The articles, which a name or title phrase may open with (`the US secretary of state`). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Nouns for a plan or proposal, which belongs to the party that backs it (`the US-backed plan`). */
export const PLAN_NOUNS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'proposal', 'proposals', 'draft', 'blueprint', 'framework', 'deal', 'initiative', 'outline', 'offer', 'roadmap',
  'demand', 'demands', 'request', 'ultimatum', 'bid', 'bids', 'application', 'candidacy',
  'offers', 'requests', 'approach', 'approaches', 'overture', 'overtures', 'appeal', 'appeals',
]);

/** Nouns for a charge one party makes against another, which `X denied the allegation` answers. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges', 'suggestion', 'suggestions',
  'criticism', 'criticisms', 'complaint', 'complaints',
]);

/**
 * Acts a party does by a verb, and the nouns that refer back to the act: `The court ruled ... X welcomed the ruling`,
 * `The regulator fined Y ... Z called the fine too low`. Past forms only, as news reports a done act.
 */
export const ACT_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ruled', ['ruling', 'verdict', 'judgment', 'judgement', 'decision']],
  ['decided', ['decision']],
  // A body's vote is its decision (`The Security Council voted to impose sanctions ... X welcomed the vote`).
  ['voted', ['vote', 'result', 'decision', 'move']],
  ['fined', ['fine', 'penalty', 'ruling', 'decision']],
  // A court's or a board's other rulings: `struck down the law`, `upheld the ban`, `dissolved the party`.
  ['struck', ['ruling', 'verdict', 'judgment', 'judgement', 'decision']],
  ['upheld', ['ruling', 'verdict', 'judgment', 'judgement', 'decision']],
  ['overturned', ['ruling', 'verdict', 'judgment', 'judgement', 'decision']],
  ['dissolved', ['ruling', 'verdict', 'judgment', 'judgement', 'decision', 'dissolution', 'move']],
  ['convicted', ['verdict', 'ruling', 'conviction']],
  ['acquitted', ['verdict', 'ruling', 'acquittal']],
  ['blocked', ['ruling', 'decision', 'move']],
  ['announced', ['announcement', 'move', 'decision']],
  ['published', ['report']],
  ['adopted', ['resolution', 'decision']],
  ['approved', ['resolution', 'decision']],
  ['declared', ['declaration', 'move', 'decision']],
  ['imposed', ['move', 'decision', 'sanction', 'sanctions', 'tariff', 'tariffs']],
  ['ordered', ['order', 'move', 'decision']],
  ['banned', ['ban', 'move', 'decision']],
  ['suspended', ['suspension', 'suspensions', 'move', 'decision']],
  ['cancelled', ['cancellation', 'move', 'decision']],
  ['vetoed', ['veto', 'move', 'decision']],
  ['sacked', ['sacking', 'dismissal', 'move', 'decision']],
  ['expelled', ['expulsion', 'expulsions', 'move', 'decision']],
  ['withdrew', ['withdrawal', 'move', 'decision']],
  ['appointed', ['appointment', 'move', 'decision']],
  ['cleared', ['verdict', 'ruling', 'decision']],
  // `X said ... Y called the remarks offensive`: remarks are the last speaker's.
  ['said', ['remarks', 'comments']],
  ['told', ['remarks', 'comments']],
  // A state's or a court's acts against a person: `X was sentenced ... Y called the sentences draconian`.
  ['sentenced', ['sentence', 'sentences', 'verdict', 'ruling', 'decision']],
  ['jailed', ['sentence', 'sentences', 'jailing', 'verdict', 'decision', 'move']],
  ['extradited', ['extradition', 'move', 'decision']],
  ['deported', ['deportation', 'deportations', 'move', 'decision']],
  ['executed', ['execution', 'executions']],
  ['stripped', ['move', 'decision', 'ruling']],
  ['disqualified', ['disqualification', 'move', 'decision', 'ruling']],
  ['impeached', ['impeachment', 'move', 'decision']],
  ['removed', ['removal', 'move', 'decision']],
  ['arrested', ['arrest', 'arrests', 'move']],
  ['detained', ['detention', 'arrest', 'arrests', 'move']],
  ['indicted', ['indictment', 'charges', 'move', 'decision']],
  ['charged', ['charges', 'indictment', 'move', 'decision']],
  ['sued', ['lawsuit', 'suit', 'move', 'decision']],
  ['barred', ['ban', 'move', 'decision', 'ruling']],
  ['pardoned', ['pardon', 'move', 'decision']],
  ['dismissed', ['dismissal', 'move', 'decision']],
  ['revoked', ['revocation', 'move', 'decision']],
  ['closed', ['closure', 'move', 'decision']],
  ['annexed', ['annexation', 'move']],
  ['nationalised', ['nationalisation', 'move', 'decision']],
  ['nationalized', ['nationalization', 'move', 'decision']],
  // A coup's doers: `Commodore X seized power ... Y condemned the takeover`.
  ['ousted', ['coup', 'takeover', 'ouster', 'overthrow', 'move']],
  ['overthrew', ['coup', 'takeover', 'overthrow', 'move']],
  ['deposed', ['coup', 'takeover', 'move']],
  ['toppled', ['coup', 'takeover', 'move']],
  ['seized', ['coup', 'takeover', 'seizure', 'move']],
]);

/**
 * Nouns of an act done to a party, whose `of` names the party acted on, not the doer (`the arrest of X`, `the
 * expulsion of the ambassador`), unlike `the decision of the court`.
 */
export const PATIENT_ACT_NOUNS: ReadonlySet<string> = new Set(
  [
    'arrest', 'jailing', 'detention', 'expulsion', 'dismissal', 'sacking', 'removal', 'impeachment', 'disqualification', 'extradition',
    'deportation', 'execution', 'indictment', 'suspension', 'pardon', 'conviction', 'acquittal', 'sentence', 'ouster', 'overthrow',
    'annexation', 'nationalisation', 'nationalization', 'seizure', 'appointment',
  ].flatMap((noun) => [noun, `${noun}s`]),
);

/** Every noun ACT_NOUNS lists, whatever verb it refers back to (`ruling`, `fine`, `move`). */
export const ACT_NOUN_WORDS: ReadonlySet<string> = new Set([...ACT_NOUNS.values()].flat());

/**
 * Nouns of an armed act, which refer back to the last armed attack the article reported, whatever word reported it
 * (`NATO launched air strikes on Yugoslavia ... China condemned the raids`). Not read as an act's doer through `of`:
 * `the invasion of Iraq` names its target.
 */
export const ARMED_ACT_NOUNS: ReadonlySet<string> = new Set(
  ['attack', 'strike', 'airstrike', 'raid', 'bombing', 'bombardment', 'shelling', 'assault', 'offensive', 'invasion', 'incursion', 'killing']
    .flatMap((noun) => [noun, `${noun}s`]),
);

/** Participles that make a party the owner of the plan they are hyphened to (`US-backed`). */
export const OWNERSHIP_PARTICIPLES: ReadonlySet<string> = new Set(['backed', 'drafted', 'proposed', 'brokered', 'led', 'sponsored', 'authored']);

/** Words that may stand between a subject and its verb without changing who acts. */
export const SKIPPABLE_BEFORE_VERB: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'being', 'be', 'will', 'did', 'does', 'do', 'also', 'then',
  'again', 'previously', 'publicly', 'repeatedly', 'reportedly', 'already', 'once', 'sharply', 'strongly', 'openly', 'long',
]);

/** Modal verbs that make the statement hypothetical rather than stated. */
export const HYPOTHETICAL: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can']);

/** Words that negate the verb after them. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

/** Forms of `be` that, before a participle, make it passive. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

/** Determiners and quantifiers that may open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'several', 'some', 'many', 'both', 'other', 'top', 'senior']);

/**
 * Plural nouns that, after `both` or `two` (PAIR_WORDS), stand for two parties named before (`accused both men of`,
 * `urged the two governments to`, `praised both parties`), with the kind of party each means (`party`: a political
 * party). Not `candidates`: an election's two candidates are seldom the two people named last (the outgoing president,
 * an official who spoke).
 */
export const PAIR_NOUNS: ReadonlyMap<string, 'Person' | 'Country' | 'Organization' | 'party'> = new Map([
  ...['men', 'women', 'leaders', 'politicians', 'ministers', 'rivals', 'presidents', 'contenders', 'presenters', 'executives', 'bosses', 'founders', 'brothers', 'sisters', 'judges', 'senators', 'players']
    .map((noun) => [noun, 'Person'] as const),
  // Bodies of one kind (`accused the two brewers of`, `both companies`).
  ...['companies', 'firms', 'groups', 'banks', 'brewers', 'carmakers', 'airlines', 'clubs', 'unions', 'broadcasters', 'newspapers', 'charities', 'lenders', 'insurers', 'retailers']
    .map((noun) => [noun, 'Organization'] as const),
  ...['governments', 'countries', 'nations', 'neighbours', 'neighbors', 'states', 'capitals'].map((noun) => [noun, 'Country'] as const),
  // Political parties only: `both warring parties` are the sides of a war, seldom the two bodies named last.
  ['parties', 'party'],
]);

/** The words that make a plural noun of PAIR_NOUNS stand for two parties named before. */
export const PAIR_WORDS: ReadonlySet<string> = new Set(['both', 'two']);

/** Personal pronouns that refer to the person named first in the sentence before. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** The days of the week, which name when (`last Friday`, `on Monday`), not who. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Nouns for another person tied to the one a possessive names, who does not act for that person as an agent or a
 * spokesman does (`Leghari's predecessor`, `Gaddafi's son`, `Merkel's coalition partners`): what such a person does or
 * suffers is not the possessor's.
 */
export const OTHER_PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...['predecessor', 'successor', 'widow', 'widower', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece']
    .flatMap((noun) => [noun, `${noun}s`]),
  // Another party allied with the one named (`Merkel's junior partners`, `Putin's allies`).
  'partner', 'partners', 'ally', 'allies',
]);
