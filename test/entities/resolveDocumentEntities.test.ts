import { extractText } from '../helpers/extractText';

describe('resolveDocumentEntities', () => {
  const ids = (text: string) => extractText(text).entities.map((entity) => entity.id).sort();

  it.each([
    ['Marco Rubio arrived. Later Rubio said the talks went well.', ['person:marco-rubio']],
    ['President Volodymyr Zelenskiy spoke. Zelensky added more.', ['person:volodymyr-zelensky']],
    ['The U.S. and the United States and America and Washington agreed.', ['country:united-states']],
    ['Kyiv said Ukrainian troops held.', ['country:ukraine']],
    ['Li Qiang arrived in Paris. Li said trade would grow.', ['location:paris', 'person:li-qiang']],
    ['The Tigray People\'s Liberation Front said the TPLF would not disarm.', ['organization:tigray-people-s-liberation-front']],
    ["Prime Minister Kamla Persad spoke. Persad's office agreed.", ['person:kamla-persad']],
    // A headline's `PM` and a cleric's `Ayatollah` are titles, no part of the name.
    ['Tom Vosk spoke. PM Vosk said so.', ['person:tom-vosk']],
    ['Ayatollah Ali Vosk spoke. Later Ayatollah Vosk said so.', ['person:ali-vosk']],
    ['Mullah Ali Vosk spoke. Later Mullah Vosk said so.', ['person:ali-vosk']],
    ['Datuk Seri Ali Vosk spoke. Later Datuk Seri Ali said so.', ['person:ali-vosk']],
    ['Ratu Ali Vosk spoke. Later Ratu Ali said so.', ['person:ali-vosk']],
    ['Madam Ann Vosk spoke. Later Madam Vosk said so.', ['person:ann-vosk']],
    // A name of two words that opens or ends one longer full name is it shortened, but not by dictionary words.
    ['Ovidio Vosk Lopez was arrested. Ovidio Vosk is a son of the drug lord.', ['person:ovidio-vosk-lopez']],
    ['Sheikh Hamad bin Vosk Al Thani spoke. Sheikh Hamad bin Vosk said so.', ['person:hamad-bin-vosk-al-thani']],
    // A surname opening with its particle is the end of the full name, however it is written.
    ["Karl le Vosk arrived. Mr Le Vosk said so. Le Vosk's team agreed.", ['person:karl-le-vosk']],
    ["Le Vosk's team agreed.", []],
    // Names joined by a particle's hyphens are a full name, which its first name alone refers to; a surname's halves do not.
    ['Captain Karim-ul-Vosk was charged. Karim insisted his side had done nothing wrong.', ['person:karim-ul-vosk']],
    ['Tom Vale-Kessel spoke. Vale-Kessel said so.', ['person:tom-vale-kessel']],
    // A place the article names as a body elsewhere (a facility with staff) is that body.
    ['Vosk Hospital is in the north. Ann Vale, the chairman of Vosk Hospital, said so.', ['organization:vosk-hospital', 'person:ann-vale']],
    // A town the article names as its club (before a club's post, or winning a match) or as a company (owning a
    // company's post) is that body at every mention.
    ['Newcastle chairman Ann Vale said no. Newcastle rejected the offer.', ['organization:newcastle', 'person:ann-vale']],
    ['Leicester drew with Bath. Leicester rejected the offer.', ['organization:leicester']],
    ['Ann Vale visited Newcastle. Newcastle rejected the offer.', ['location:newcastle', 'person:ann-vale']],
    ["Tom Baxter, Granada's chief executive, said so. Granada fell 14p.", ['organization:granada', 'person:tom-baxter']],
    // A lone word written after a title is a person's, however its context elsewhere reads it, unless people named in
    // full have it as surname.
    ['President Trump spoke. It probed whether Trump associates met them.', ['person:trump']],
    ['Ann Orlak and Tom Orlak spoke. Mr Orlak left. It probed whether Orlak associates met them.', ['organization:orlak', 'person:ann-orlak', 'person:tom-orlak']],
    // A government named for a person the article names in full is that person, however ordinary the surname is as a
    // word; named for no one the article names, it names nothing.
    ['Tom Brown won in 2007. The Brown government fell in May.', ['person:tom-brown']],
    ['The Brown government fell in May.', []],
    // A lone word read as a person from its verb is the organization the article names so.
    ['Solvane said no. Solvane, the public sector union, will strike.', ['organization:solvane']],
    // An acronym of the initials of a body's name is that body, its words joined by spaces or hyphens.
    ['The retailer Bertin-Orla-Vosk bought a stake. BOV said it would pay more.', ['organization:bertin-orla-vosk']],
    // Or written as a word of four letters or more, however the word was read (not a name written with a title).
    ['The Department for Energy, Water and Rural Affairs said so. The union blamed Dewra for the cuts.', ['organization:department-for-energy-water-and-rural-affairs']],
    ['The Department for Energy, Water and Rural Affairs said so. Mr Dewra spoke.', ['organization:department-for-energy-water-and-rural-affairs', 'person:dewra']],
    // Words nothing types in their sentence name nothing unless the article names them elsewhere (below).
    ['The union called on KV World to guarantee jobs.', []],
    // Or of its initials with a middle word left out, whatever body general knowledge abbreviates so (the ECB, a bank).
    ['The Estonia and Wales Chess Board fined two players. The ECB said it would not appeal.', ['organization:estonia-and-wales-chess-board']],
    // A name general knowledge does not know is the body its known bracketed acronym abbreviates, whose name ends so.
    ["The motion, brought by Ann Vale's Socialist Workers' Party (PSOE), won.", ['organization:spain-spanish-socialist-workers-party', 'person:ann-vale']],
    // An ampersand joins the initials of the words on either side of the name's first `and` (`T&G`).
    ["The Harbour and Dock Workers' Union called a strike. The H&D said its members would walk out.", ['organization:harbour-and-dock-workers-union']],
    // A lone word read as a person is the one organization the article names with it first, unless an English word.
    ['Orlak Foods made a bid. Orlak said it would wait.', ['organization:orlak-foods']],
    ['Marsh Foods made a bid. Then Marsh said he would wait.', ['organization:marsh-foods', 'person:marsh']],
    // So is a lone word read as an organization (here from its list).
    ['Orlak Foods made a bid. It is advised by UBS, Citigroup and Orlak.', ['organization:citigroup', 'organization:orlak-foods', 'organization:ubs']],
    // Not a word compromise's lexicon knows as a company's name, unless the longer name adds only its legal form.
    ['Sony BMG made a bid. Later Sony said it would wait.', ['organization:sony', 'organization:sony-bmg']],
    // Nor an acronym before two words or more: the longer name is its programme or branch (one word more is its own).
    ['Viewers of the VBC Evening News complained. The VBC said it would look again.', ['organization:vbc', 'organization:vbc-evening-news']],
    ['VBC Systems made a bid. Later VBC said it would wait.', ['organization:vbc-systems']],
    ['Pepsi Inc. made a bid. Later Pepsi said it would wait.', ['organization:pepsi-inc']],
    // A word before `government` is a person's surname only where the article names the person in full.
    ['Tom Vosk spoke. The Vosk government fell.', ['person:tom-vosk']],
    ['Ann Vale dismissed the Orlakan government.', ['person:ann-vale']],
    // A listed company's `Co.` is a legal form it is known without.
    ['Boeing Co. made a bid. Later Boeing said it would wait.', ['organization:boeing']],
    // A national regulator known by a name of its own is one body under its full name too.
    ['The Office of Communications fined the channel. Ofcom said the fine was fair.', ['organization:ofcom']],
    // An abbreviated rank is no part of the name (`Cdre` for Commodore).
    ['Commodore Frank Vosk seized power. Cdre Vosk said the army would rule.', ['person:frank-vosk']],
    // A common surname alone is a person's.
    ['Then Kessel said no.', ['person:kessel']],
    // An acronym is the initials of the one name written in full, with or without its full stops.
    ['The Federal Trade Commission met. The F.T.C. said so.', ['organization:federal-trade-commission']],
    // A bracketed acronym is the name before it, whatever else general knowledge abbreviates so (Portugal's PRD).
    ["The Party of the Democratic Revolution (PRD) protested. The PRD's president said so.", ['organization:party-of-the-democratic-revolution']],
    // So is one written as a word, wherever the article names it again, an owner's possessive too.
    ["The Kessel Orla Laboratory Co-operative (Kolco) sold it. Kolco's founder, Tom Baxter, was charged. Athletes were linked to Kolco.", ['organization:kessel-orla-laboratory-co-operative', 'person:tom-baxter']],
    // An ampersand is no letter either, even in an acronym read as a lone name.
    ['Orlak & Vosk rejected the bid. O&V chairman Tom Baxter said so. Shares in O&V fell.', ['organization:orlak-vosk', 'person:tom-baxter']],
    // An organization named short is the one longer name it opens before `of`/`for`, or ends.
    ['The Andy Warhol Foundation for the Visual Arts gave prints. The Andy Warhol Foundation said so.', ['organization:andy-warhol-foundation-for-the-visual-arts']],
    ["The Saudi Civil Defense Authority said the Defense Authority would report.", ['organization:saudi-civil-defense-authority']],
    // Not a name that ends a longer one written only after it: another body.
    ['Talks ended. Pay in the Vosk Prison Board is settled, he said. The Orlak Vosk Prison Board was not affected.', ['organization:orlak-vosk-prison-board', 'organization:vosk-prison-board']],
    // (A headline names it before the story writes it in full.)
    ['Vosk League collapses after exodus\n\nThe Orlak Vosk League was in ruins on Wednesday.\n\nHe said the Vosk League itself was finished.', ['organization:orlak-vosk-league']],
    // So is a lone word that ends the one longer name (not a body's head word or an acronym).
    ['Vosk United was sold. In February the United board rejected the bid.', ['organization:vosk-united']],
    // A lone word read as a person's name is the one short organization's name it ends, when no person's does.
    ['Staff were sacked by the catering supplier, Gate Orchard. Gate Orchard said the union was to blame.', ['organization:gate-orchard']],
    // A party is named without its word `Party`.
    ['The Vosk Reform Party won. Later Vosk Reform said it would wait.', ['organization:vosk-reform-party']],
    // A company's legal form is no part of its name; a corporation's is.
    ['Vela Airways Plc was fined. Vela Airways said so.', ['organization:vela-airways']],
    ['The Federal Deposit Vela Corp said so.', ['organization:federal-deposit-vela-corp']],
    // A body every state has, after a country, its capital or its demonym, is that country's (its head word alone too).
    ["The Chinese Foreign Ministry said so. Beijing's Foreign Ministry added more.", ['country:china', 'organization:china-foreign-ministry']],
    ['The Indonesian Navy saved them.', ['organization:indonesia-navy']],
    // A country's Red Cross society is its own body, not the international committee.
    ['The British Red Cross backed the plan.', ['organization:united-kingdom-red-cross']],
    // A lone word read as an organization is the one longer name it opens; the BBC's news and radio are the BBC.
    ['Orla Capital backed it. The hedge fund group Orla said so.', ['organization:orla-capital']],
    // A name with only a legal form after it is the longer name, and so is their one first word.
    ['Vosk Music Group shares fell. Vosk Music would not overpay, and Vosk said it would fight.', ['organization:vosk-music-group']],
    ["He told BBC Radio 4's Today programme so, and BBC News reported it.", ['organization:bbc']],
    // A name written as a company's by what it owns is that company everywhere, with its one longer name.
    ["Kessel Trent Water was fined. Kessel Trent's shares fell, and Kessel Trent apologised.", ['organization:kessel-trent-water']],
    // A lone word owning a chairman is the one longer company name it opens, but no other body's it opens.
    ["Vosk Music Group signed. Vosk's chairman, Ann Vale, spoke.", ['organization:vosk-music-group', 'person:ann-vale']],
    ["The Vosk Task Force met. Vosk's chairman, Ann Vale, spoke.", ['organization:vosk', 'organization:vosk-task-force', 'person:ann-vale']],
    // So is a listed company's first word, whatever else it names (`Rio` of Rio de Janeiro).
    ["Rio Tinto rejected the offer. Rio's board met on Monday.", ['organization:rio-tinto']],
    // So is a known body's first word (`the Bank`), and a body's own possessive ends its name.
    ["The Bank of England held rates. The Bank's Monetary Policy Committee met.", ['organization:bank-of-england', 'organization:monetary-policy-committee']],
    ['The Saudi Civil Defense Authority said the DEFENSE AUTHORITY would report.', ['organization:saudi-civil-defense-authority']],
    ["Pakistan's Foreign Office spoke. The Foreign Office added more.", ['country:pakistan', 'organization:pakistan-foreign-office']],
    // A lone word read as a place from its context is the surname of the one person named in full.
    ['Home Secretary Suella Braverman spoke. Critics in Braverman said no.', ['person:suella-braverman']],
    // An organization written with and without a possessive is one.
    ["The New People's Party won. The New People Party said so.", ['organization:new-people-s-party']],
    // An organization written with its first words as initials is one.
    ["The San Marco Police Department said so. The SM Police Department agreed.", ['organization:san-marco-police-department']],
    // A lone word inside a long name (a name the person goes by) is that person, where no name ends or opens with it.
    ['Paulo Ramos Tavinho da Costa won the vote. Tavinho said he would govern for all.', ['person:paulo-ramos-tavinho-da-costa']],
    // A city's name after a given name is a surname, and alone later it is that person.
    ['Valeska Paris was held for years. Paris said she escaped.', ['person:valeska-paris']],
    // So is a listed company's, after a given name, middle names or an initial.
    ['Ana Maria Saab was elected. Saab said she would govern for all.', ['person:ana-maria-saab']],
    ['Defence Minister Tore O. Sandvik spoke. Sandvik said drones had flown over the base.', ['person:tore-sandvik']],
    // Unless the article writes it as the company's, owning what only a company has: then it is the company throughout.
    ['Saab Chief Executive Tom Baxter resigned. Ana Maria Saab thanked him. Saab said the board had met.', ['organization:saab', 'person:ana-maria-saab', 'person:tom-baxter']],
    // A known acronym whose letters the article spells out as a body's name is that body, not the one knowledge knows.
    ['An International Cricket Council tribunal met. The ICC suspended the three men.', ['organization:international-cricket-council']],
    // A listed company written with its legal form is the company.
    ['Microsoft Corp. will appeal. Microsoft shares fell.', ['organization:microsoft']],
    // So is one written with the words of its business that news leaves out, before or after its short name.
    ['Centrica Holdings will appeal. Centrica shares fell.', ['organization:centrica']],
    ['Nokia shares fell. Nokia Technologies will appeal.', ['organization:nokia']],
  ])('merges the names of one entity in %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['The New York Times Company said the New York Times would cut staff.', ['organization:new-york-times-company', 'organization:the-new-york-times']],
    ['Siemens Healthineers said Siemens would sell its stake.', ['organization:siemens', 'organization:siemens-healthineers']],
  ])("keeps a newspaper's company and a group's business apart from the name they open in %j", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['The vote was close - Following Mr Ashworth, the bill passed.', ['person:ashworth']],
    ['Tory Imogen Hale spoke. Ms Hale left.', ['person:imogen-hale']],
    ['Senator Harold T Brennan spoke. Harold Brennan left. Mr Brennan returned.', ['person:harold-brennan']],
  ])('names a person without the words wrapping the name in %j', (text, expected) => {
    expect(ids(text).filter((id) => id.startsWith('person:'))).toEqual(expected);
  });

  it("gives a country's body named after the country that country, however often it is named alone", () => {
    const { entities } = extractText('The United Kingdom Home Office spoke. The Home Office added more.');
    expect(entities.map(({ id, country }) => [id, country])).toEqual([
      ['country:united-kingdom', undefined],
      ['organization:united-kingdom-home-office', 'country:united-kingdom'],
    ]);
  });

  it.each([
    // Initials that name another country's party still name a body: an unknown one of their own.
    ['Other bidders, including the Dutch group KPN, might enter the race.', ['organization:kpn']],
    // Not a credit rating.
    ['Other bidders might enter the race, though their bonds were rated BBB.', []],
  ])('reads initials general knowledge gives only to another country\'s party in %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    // A country's possessive owns the body and is no word of its name; a demonym is one.
    ["Kenya's Supreme Court ruled. The Supreme Court said so.", [['organization:kenya-supreme-court', 'Supreme Court', []]]],
    ["Britain's Department for International Development paid.", [['organization:united-kingdom-department-for-international-development', 'Department for International Development', []]]],
    ['The Egyptian Interior Ministry said so.', [['organization:egypt-interior-ministry', 'Egyptian Interior Ministry', []]]],
    // Two countries' namesake bodies stay two, each its own country's.
    ["China's Foreign Ministry and the Egyptian Foreign Ministry agreed.", [['organization:china-foreign-ministry', 'Foreign Ministry', []], ['organization:egypt-foreign-ministry', 'Egyptian Foreign Ministry', []]]],
  ])("names a country's body by its own words in %j", (text, expected) => {
    const bodies = extractText(text).entities.filter((entity) => entity.type === 'Organization');
    expect(bodies.map(({ id, name, aliases }) => [id, name, aliases])).toEqual(expected);
  });

  it.each([
    ['House Speaker Ann Vale met the President in Washington.', ['country:united-states', 'organization:us-house-of-representatives', 'person:ann-vale']],
    ['Labour MPs in the House of Commons cheered. Later the House voted.', ['organization:house-of-commons', 'organization:united-kingdom-labour-party']],
  ])('names the US House by "House" alone only in an article about the United States: %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('names a body the words an article shows to be a body\'s, where their shape alone made them a person\'s', () => {
    expect(ids('Vosk Rakyat won the vote in Penang. Vosk Rakyat leader Anwar Kessel said it would govern.')).toEqual([
      'location:penang',
      'organization:vosk-rakyat',
      'person:anwar-kessel',
    ]);
  });

  it('names no US Senate in an article about another country, though general knowledge calls it the Senate, but that country\'s', () => {
    // (Australia itself, named only by its adjective, is no entity of the article.)
    expect(ids('Australian voters backed Labor, but the Senate may block its budget. The Senate sits next week.')).toEqual([
      'organization:australia-australian-labor-party',
      'organization:australia-senate',
    ]);
  });

  it.each([
    ['Lord Orlak was arrested. Orlak denied it.', ['Lord Orlak']],
    ['Baroness Vosk spoke. Ann Vosk left.', ['Ann Vosk']],
    // A judge named by surname alone is known by the judge's style; not a place after it (`Justice X of the High Court`).
    // An English judge's style is the three words; the American one is `Justice` alone.
    ['Mr Justice Orlak ruled for the company. Orlak said so.', ['Mr Justice Orlak']],
    ['Lord Justice Orlak ruled for the company.', ['Lord Justice Orlak']],
    ['Justice Orlak wrote for the majority.', ['Justice Orlak']],
    ['Justice Orlak of the Kessel High Court ruled.', ['Justice Orlak', 'Kessel High Court']],
  ])('names a peer or judge known by surname alone with the peerage or style in %j', (text, expected) => {
    expect(extractText(text).entities.map((entity) => entity.name)).toEqual(expected);
  });

  it.each([
    ['King Orlak met the envoy. Orlak said so.', ['person:king-orlak']],
    ['Queen Vessa spoke. Ann Vessa left.', ['person:ann-vessa', 'person:queen-vessa']],
    ['Karl Orlak spoke. King Orlak of Jordan replied.', ['country:jordan', 'person:karl-orlak', 'person:king-orlak']],
    ['Pope Orlak visited. Crown Prince Vessa met him.', ['person:crown-prince-vessa', 'person:pope-orlak']],
    // Not a name of more words, nor any other title.
    ['King Karl Orlak spoke. Orlak said so.', ['person:karl-orlak']],
    ['President Orlak spoke. Karl Orlak left.', ['person:karl-orlak']],
  ])('names a monarch known by one name with the title, and no one else by it, in %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['Chris Vosk resigned. Christopher Vosk had been a minister. Mr Vosk denied it.', ['person:chris-vosk']],
    ['Christopher Vosk resigned. Chris Vosk denied it. Christopher Vosk left.', ['person:christopher-vosk']],
    // Not a short form that opens two given names of the surname, nor one of two letters.
    ['Sam Vosk spoke. Samuel Vosk and Samantha Vosk left.', ['person:sam-vosk', 'person:samantha-vosk', 'person:samuel-vosk']],
    ['Jo Vosk spoke. Joan Vosk left.', ['person:jo-vosk', 'person:joan-vosk']],
  ])('names one person by two full names whose given names differ as a short form and its name, in %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['Karl IV opened parliament. Later, King Karl said the country was united.', ['person:karl-iv']],
    ['Vessa bin Karim was detained. Prince Vessa denied any plot.', ['person:vessa-bin-karim']],
    // Not a full name of no royal's shape, nor one of two royals.
    ['Harry Vosk scored. Prince Harry watched.', ['person:harry-vosk', 'person:prince-harry']],
    ['Vessa bin Karim and Vessa bin Omar spoke. Prince Vessa left.', ['person:prince-vessa', 'person:vessa-bin-karim', 'person:vessa-bin-omar']],
  ])('names a royal known by one name with the title as the one royal full name opening with it, in %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('reads a lone word as the company whose name it opens, written with and without its legal form', () => {
    const { mentions } = extractText('The singer is leaving Vosk Music. Vosk Music Group said it had made an offer. Ann Vale said Vosk would not overpay.');
    expect(mentions.filter((mention) => mention.text === 'Vosk').map((mention) => mention.entity)).toEqual(['organization:vosk-music-group']);
  });

  it.each([
    // A name and the same name with a legal form news leaves out after its kept forms are one body.
    ['Kessel Vosk Group AG cut 500 jobs. The chairman of Kessel Vosk, Tom Baxter, resigned.', ['organization:kessel-vosk-group', 'person:tom-baxter']],
    ['Orlak Trent Holdings Ltd agreed to sell. Orlak Trent chief executive Ann Vale said it would gain.', ['organization:orlak-trent-holdings', 'person:ann-vale']],
    // So is a lone word owning a company's post, through the name written in full.
    ["Vela Mining Ltd. struck gold. Vela's chairman, Ann Vale, spoke.", ['organization:vela-mining', 'person:ann-vale']],
    // So is a lone word ending the shorter name (`Gate Gourmet` ... `Gourmet said`), through it.
    ['Kessel Vosk Group AG cut 500 jobs. The chairman of Kessel Vosk, Tom Baxter, resigned. Vosk said it would appeal.', ['organization:kessel-vosk-group', 'person:tom-baxter']],
  ])('reads a company named with and without its legal forms as one body in %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('reads words nothing types in their sentence as the body the article names so elsewhere', () => {
    const { mentions } = extractText('KV World, the ports operator, made a bid. The union called on KV World to guarantee jobs.');
    expect(mentions.map((mention) => [mention.text, mention.entity])).toEqual([['KV World', 'organization:kv-world'], ['KV World', 'organization:kv-world']]);
  });

  it('reads a surname two full names end with as the one the article has named so far, before it names the other', () => {
    const text = 'President Tom Vosk spoke.\n\nLater Vosk sacked Ann Vale.\n\nGrace Vosk rose. Then Vosk said so.';
    const mentions = extractText(text).mentions.filter((mention) => mention.text === 'Vosk');
    expect(mentions.map((mention) => mention.entity)).toEqual(['person:tom-vosk']);
  });

  it('reads "Mr" before a surname two people share as the one not named with a knight\'s title', () => {
    const { mentions } = extractText('Tom Vale spoke. Sir Ian Vale spoke. Ms Hart criticised Mr Vale. Sir Ian left.');
    expect(mentions.map((mention) => [mention.text, mention.entity])).toEqual([
      ['Tom Vale', 'person:tom-vale'],
      ['Ian Vale', 'person:ian-vale'],
      ['Hart', 'person:hart'],
      ['Vale', 'person:tom-vale'],
      ['Ian', 'person:ian-vale'],
    ]);
  });

  it('reads "Mr" or "Mrs" before a surname two people share as the one whose given name is a man\'s or a woman\'s', () => {
    const { mentions } = extractText('Peter Vale died. His widow, Trish Vale, won the seat. Mr Vale was a miner. Mrs Vale thanked voters.');
    expect(mentions.map((mention) => [mention.text, mention.entity])).toEqual([
      ['Peter Vale', 'person:peter-vale'],
      ['Trish Vale', 'person:trish-vale'],
      ['Vale', 'person:peter-vale'],
      ['Vale', 'person:trish-vale'],
    ]);
  });

  it('drops a lone capitalized word that names no person met in full', () => {
    expect(ids('Key talks began. Then Points were made.')).toEqual([]);
  });

  it('names a person by the full name, without title or possessive', () => {
    const [entity] = extractText("Secretary of State Marco Rubio spoke. Rubio's plan failed.").entities;
    expect(entity).toEqual({ id: 'person:marco-rubio', type: 'Person', name: 'Marco Rubio', aliases: ['Rubio'] });
  });

  it('gives a surname the one full name ending in it, and a name its most used spelling, among many people', () => {
    const surnames = ['Albright', 'Bennett', 'Carver', 'Dalton', 'Ellison', 'Fletcher', 'Garner', 'Holloway', 'Ingram', 'Jennings'];
    const given = ['Anna', 'Peter', 'Maria', 'John', 'Olga', 'David', 'Laura', 'James'];
    const people = surnames.flatMap((surname) => given.map((name) => `${name} ${surname}-${name.length}`));
    const text = [...people.map((person) => `${person} spoke in Geneva.`), 'Marco Rubio arrived.', 'Marco RUBIO left.', 'Marco Rubio returned.', 'Later Rubio said the talks went well.'].join('\n\n');
    const { entities } = extractText(text);
    expect(entities.find((entity) => entity.id === 'person:marco-rubio')).toEqual({ id: 'person:marco-rubio', type: 'Person', name: 'Marco Rubio', aliases: ['Marco RUBIO', 'Rubio'] });
  });
  it('reads an ordinary word that names a party as the word before its complement ("Respect for the law")', () => {
    const mentions = extractText("In the Commons, Respect's Rosa Vance spoke. Respect for the law matters.").mentions;
    expect(mentions.filter((mention) => mention.entity.includes('respect')).map((mention) => mention.text)).toEqual(['Respect']);
  });
});
