import { relationLines } from '../../helpers/extractText';

describe('roleRule', () => {
  it.each([
    // The name closes the apposition.
    ["Spain's foreign minister, Lucia Marin, said talks would resume.", ['person:lucia-marin HOLDS_ROLE country:spain']],
    // A title phrase opening its clause is apposed to the name after the comma even when no comma closes it.
    ["Portugal's finance minister, Rui Costa said the budget was balanced.", ['person:rui-costa HOLDS_ROLE country:portugal']],
    ["After the vote, Ireland's prime minister, Sean Kelly said he was pleased.", ['person:sean-kelly HOLDS_ROLE country:ireland']],
    ["Exports rose under Kenya's President, Joseph Otieno, in 2019.", ['person:joseph-otieno HOLDS_ROLE country:kenya']],
    // A country's ruler holds its office (a monarch's or a junta's, as news calls them).
    ["Kuwait's ruler, Sheikh Ali Vosk, telephoned the emir.", ['person:ali-vosk HOLDS_ROLE country:kuwait']],
    // A country after the name the title opens and `of`, perhaps `the`, holds the office; not one opening a body's name.
    ['Ambassador Lana Hale of the Philippines said so.', ['person:lana-hale HOLDS_ROLE country:philippines']],
    ['Major General Tom Baxter of the Zimbabwe Defence Forces said so.', ['person:tom-baxter MEMBER_OF organization:zimbabwe-defence-forces']],
    // After a comma closing another name, the title phrase is apposed to that name, not to the one after it.
    ["In a letter to Ann Vale, Norway's foreign minister, Tom Baxter said talks would resume.", ['person:ann-vale HOLDS_ROLE country:norway']],
    // An office one country gives, by its own name.
    ["Ireland's Taoiseach, Sean Kelly, said he was pleased.", ['person:sean-kelly HOLDS_ROLE country:ireland']],
    // A diplomat's posting, then the name with no comma.
    ['Norway summoned Chinese Ambassador to Japan Tom Baxter on Monday.', ['person:tom-baxter HOLDS_ROLE country:china']],
    // A title's head with a hyphen in British spelling.
    ["Ann Vale, the KDB's national co-ordinator, said so.", ['person:ann-vale HOLDS_ROLE organization:kdb']],
    // The title after the name, with the body after `of`.
    ['Ann Vale, director general of the KDB, welcomed the report.', ['person:ann-vale HOLDS_ROLE organization:kdb']],
    // A chamber its country's demonym qualifies holds the post, not the country.
    ['Ann Vale, the president of the French Senate, welcomed the report.', ['person:ann-vale HOLDS_ROLE organization:france-senate']],
    // A second office joined by `and` is apposed to the same name (not after a comma closing the first).
    ['Tom Baxter, the deputy prime minister and Vosk Party leader, said so.', ['person:tom-baxter HOLDS_ROLE organization:vosk-party', 'person:tom-baxter MEMBER_OF organization:vosk-party']],
    ["Ann Vale, Malta's first minister and Vosk Party leader, said so.", ['person:ann-vale HOLDS_ROLE country:malta', 'person:ann-vale HOLDS_ROLE organization:vosk-party', 'person:ann-vale MEMBER_OF organization:vosk-party']],
    ['Ann Vale, the chairman, and Vosk Party leader Tom Baxter said so.', ['person:tom-baxter HOLDS_ROLE organization:vosk-party', 'person:tom-baxter MEMBER_OF organization:vosk-party']],
    // A counterpart holds for the country named with the post the office the other holds for theirs.
    ['Tom Baxter held talks with his Polish counterpart, Ann Vale, in Warsaw.', ['person:ann-vale HOLDS_ROLE country:poland', 'person:tom-baxter NEGOTIATED_WITH person:ann-vale']],
    ['Tom Baxter met his Irish counterpart Ann Vale on Monday.', ['person:ann-vale HOLDS_ROLE country:ireland', 'person:tom-baxter MET_WITH person:ann-vale']],
  ])('reads the office of the name apposed to the title in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    ['Last week Prime Minister Ann Vale of Poland and President Tom Baxter of Kenya wrote to the Senate.', ['person:ann-vale HOLDS_ROLE country:poland', 'person:tom-baxter HOLDS_ROLE country:kenya']],
    // Not a country owning what follows, nor one after a name another office opens.
    ["Deputy Leader Ann Vale of Poland's Vosk Party spoke.", []],
    ['The union backed Vosk Federation Vice President Prince Tom Baxter of Kenya.', ['person:tom-baxter HOLDS_ROLE organization:vosk-federation']],
  ])('reads the office of the country after the name the title opens in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // A company compromise's lexicon knows, however it tags the word before the office.
    ['Microsoft chairman Ann Vale said so.', ['person:ann-vale HOLDS_ROLE organization:microsoft']],
    // A team's posts are offices at the team.
    ['Orlak manager Ann Vale was fined.', ['person:ann-vale HOLDS_ROLE organization:orlak']],
    ['Vosk Warehouse chief executive Ann Vale said so.', ['person:ann-vale HOLDS_ROLE organization:vosk-warehouse']],
    // A player's nationality is no office.
    ['The club signed the Uruguayan midfielder Ann Vale.', []],
    // A party gives no state's post, though only its name's `Party` says it is one: the MP is a member.
    ['Ann Vale, a Vosk Party MP, said so.', ['person:ann-vale MEMBER_OF organization:vosk-party']],
    // Nor is the nationality of a post's holder, the post being the body's named after `of`; a diplomat's is the country's.
    ["Sally Vosk, the British chair of the Vosk Federation's technical committee, spoke.", ['person:sally-vosk HOLDS_ROLE organization:vosk-federation']],
    ['Ann Vale, the American ambassador to Norway, spoke.', ['person:ann-vale HOLDS_ROLE country:united-states']],
  ])('reads the office a body gives, named before its holder, in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    ['Norwegian foreign ministry spokesman Ann Vale said so.', ['person:ann-vale HOLDS_ROLE country:norway']],
    ['Kenyan defence department spokesman Tom Baxter spoke.', ['person:tom-baxter HOLDS_ROLE country:kenya']],
    // A body of the country's people is no office of its state.
    ['Polish football federation president Ann Vale was suspended.', []],
    ['Norwegian rights group director Tom Baxter spoke.', []],
  ])('reads a state\'s unnamed body before the title as its country, and no other body, in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    ['Vela, which has looked at Orlak Foods, may bid, but its chief executive, Ann Vale, said nothing.', 'person:ann-vale HOLDS_ROLE organization:vela'],
    ['Tom Baxter accused Orlak Foods and its chief executive, Ann Vale, of bias.', 'person:ann-vale HOLDS_ROLE organization:orlak-foods'],
    ['The Tory backbench Vosk Committee met in the Commons, and its chairman, Ann Vale, spoke.', 'person:ann-vale HOLDS_ROLE organization:vosk-committee'],
    // Not a country the sentence is set in; a body after `in` may be the one.
    ['In Norway, the Vosk Medical Association called the plan rash and its president, Ann Vale, urged a delay.', 'person:ann-vale HOLDS_ROLE organization:vosk-medical-association'],
    ['Tom Baxter, the number two in the Orla Party, defied its leader, Ann Vale, on the treaty.', 'person:ann-vale HOLDS_ROLE organization:orla-party'],
  ])('reads "its" in the sentence as its subject, or the body joined to it by "and", in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });

  it.each([
    ['Norway accused Sweden, whose Prime Minister Ann Vale had backed the plan, of bias.', 'person:ann-vale HOLDS_ROLE country:sweden'],
    ['Norway accused Sweden, whose prime minister, Ann Vale, had backed the plan, of bias.', 'person:ann-vale HOLDS_ROLE country:sweden'],
  ])('reads "whose" as the party before it, with or without a comma before the name, in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });

  it.each([
    // The sentence's subject is an unnamed body, not the one its words name later.
    ["The data firm at the centre of the row over Facebook users' data has suspended its chief executive, Ann Vale.", []],
    // An unnamed bank's officer is no country's.
    ['Tom Baxter spoke in Norway. Under the deal, ten staff will leave the bank, among them Ann Vale, its chief operating officer.', []],
  ])('reads no office where "its" is an unnamed body, in %j', (text, expected) => {
    expect(relationLines(text).filter((line) => line.includes('HOLDS_ROLE'))).toEqual(expected);
  });

  it('reads "its" after a quotation as a body the speaker\'s sentence may name, not one the quotation names', () => {
    const text = 'The Vosk Federal Office of Justice ordered the arrest. "There was a request from the United States, and we were obliged to act," said its spokesman, Tom Baxter.';
    expect(relationLines(text).filter((line) => line.startsWith('person:tom-baxter HOLDS_ROLE'))).toEqual(['person:tom-baxter HOLDS_ROLE organization:vosk-federal-office-of-justice']);
  });

  it('reads "its" as the body the sentence before opened with, when it named others too', () => {
    const text = 'The Vela union, which represents workers at the Orla Steel Corporation, welcomed the result. Its general secretary, Ann Vale, spoke.';
    expect(relationLines(text)).toContain('person:ann-vale HOLDS_ROLE organization:vela');
  });

  it.each([
    ["Orlak Music said it would not bid. The company's chairman, Ann Vale, said so.", ['person:ann-vale HOLDS_ROLE organization:orlak-music']],
    ["The Vosk Workers' Association called a strike. The union's chairman, Ann Vale, said so.", ["person:ann-vale HOLDS_ROLE organization:vosk-workers-association"]],
    ["Vosk Motors will leave the sport. The Japanese carmaker's president, Ann Vale, said so.", ['person:ann-vale HOLDS_ROLE organization:vosk-motors']],
    // Of two bodies the sentence before named, `the company` is neither for sure.
    ["Orlak Music made a bid for Vela Records. The company's chairman, Ann Vale, said so.", []],
    // The sentence called one body `the union`: `the company` is the other.
    ["The minister urged the Vosk Workers Union and Orla Chemicals to talk, and had spoken to the union and to the company's chairman, Ann Vale.", ['person:ann-vale HOLDS_ROLE organization:orla-chemicals']],
  ])('reads "the company\'s" post as of the body of that kind named last, or the only body the sentence before named, in %j', (text, expected) => {
    expect(relationLines(text).filter((line) => line.includes('HOLDS_ROLE'))).toEqual(expected);
  });

  it.each([
    ["Orlak Music made a bid. Orlak Music's US chairman, Ann Vale, said so.", ['person:ann-vale HOLDS_ROLE organization:orlak-music']],
    // Whose post an unnamed body's is stays unsaid.
    ["Orlak Music made a bid. The firm's US chairman, Ann Vale, said so.", []],
  ])('reads a post a country qualifies as the owning body\'s, not the country\'s, in %j', (text, expected) => {
    expect(relationLines(text).filter((line) => line.includes('HOLDS_ROLE'))).toEqual(expected);
  });

  it.each([
    ["Labour's Shadow Home Secretary Ann Blake told the Commons the plan would fail.", 'person:ann-blake HOLDS_ROLE organization:united-kingdom-labour-party'],
    ["The Tories' shadow chancellor, Mark Hale, spoke in the Commons.", 'person:mark-hale HOLDS_ROLE organization:united-kingdom-conservative-party'],
    ['Tory leader Gwen Marsh told the Commons she would not resign.', 'person:gwen-marsh HOLDS_ROLE organization:united-kingdom-conservative-party'],
  ])('reads a party\'s post after the party as its office in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });

  it('reads no office of a news agency in a dateline, as in "LIMA (Reuters) - President X"', () => {
    expect(relationLines('LIMA (Reuters) - President Ana Ruiz said so.')).toEqual([]);
  });

  it('reads a post of the body after "of", not of the party before it, as in "the CDU chairman of the committee"', () => {
    const lines = relationLines('In the Bundestag, Karl Ost, the CDU chairman of the Bundestag\'s foreign affairs committee, spoke.');
    expect(lines.filter((line) => /HOLDS_ROLE organization:germany-christian-democratic-union/.test(line))).toEqual([]);
    expect(lines).toContain('person:karl-ost MEMBER_OF organization:germany-christian-democratic-union');
  });

  it.each([
    // A title inside a prepositional phrase of the reported clause; the name after the comma starts the reporting one.
    ['The reforms began in his first term as Brazilian President, Pedro Alves has said.'],
    ["She enjoyed her years as Chile's ambassador to Peru, Ana Reyes told reporters."],
    ['Nothing changed during the term of the foreign minister of Norway, Lars Berg said on Monday.'],
  ])('takes no office from the clause before the speaker in %j', (text) => {
    expect(relationLines(text).filter((line) => line.includes('HOLDS_ROLE'))).toEqual([]);
  });
});
