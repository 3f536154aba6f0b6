import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { findMentionCandidates } from '../../src/mentions/findMentionCandidates';
import { tokenizeBlocks } from '../../src/text/tokenizeBlocks';

function names(text: string, heading = false): string[] {
  const block = { text, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i), heading };
  return tokenizeBlocks([block]).flatMap((sentence) =>
    findMentionCandidates(sentence.tokens, defaultKnowledge(), heading).candidates.map((candidate) => `${candidate.type}:${candidate.surface}${candidate.needsSupport ? '?' : ''}`),
  );
}

describe('findMentionCandidates', () => {
  it.each([
    ['US Secretary of State Marco Rubio spoke.', ['Country:US', 'Person:Marco Rubio']],
    ["Germany's Foreign Minister Johann Wadephul spoke.", ['Country:Germany', 'Person:Johann Wadephul']],
    ['UK Prime Minister Sir Keir Starmer spoke.', ['Country:UK', 'Person:Keir Starmer']],
    ['Kremlin spokesman Dmitry Peskov spoke.', ['Organization:Kremlin', 'Person:Dmitry Peskov']],
    ['The Washington Post and Chad Smith reported it.', ['Organization:Washington Post', 'Person:Chad Smith']],
    // A demonym opens a body's name in words joined by `and`; a place's name before another firm's is no part of it.
    ['The British Beer and Pub Association said so.', ['Organization:British Beer and Pub Association']],
    ['The West African Economic and Monetary Union met.', ['Organization:West African Economic and Monetary Union']],
    ['Tata Steel and Tata Motors fell.', ['Organization:Tata Steel', 'Organization:Tata Motors']],
    // A known name that opens a longer one is whole in it, whatever its words (`and`).
    ['The Trinidad and Tobago Chamber of Commerce said so.', ['Organization:Trinidad and Tobago Chamber of Commerce']],
    ['The African Union Support and Stabilization Mission said so.', ['Organization:African Union Support and Stabilization Mission']],
    // A known body's name before `of` and a country's names that country's namesake.
    ['The Securities and Exchange Commission of Pakistan said so.', ['Organization:Securities and Exchange Commission of Pakistan']],
    ['The Securities and Exchange Commission fined Pakistan.', ['Organization:Securities and Exchange Commission', 'Country:Pakistan']],
    // An office's possessive before a body's head word names the office's body, hyphened or not.
    ["He asked the Prosecutor-General's Office to act.", ["Organization:Prosecutor-General's Office"]],
    ["A spokesman for the Vosk Public Prosecutor's Office said so.", ["Organization:Vosk Public Prosecutor's Office"]],
    // A body's noun before a people's plural makes it the body's name; a thing's noun after a name is no body.
    ['He joined the Brazilian club Corinthians.', ['Country:Brazilian', 'Organization:Corinthians']],
    ['The pro-reform daily Jameah said so.', ['Organization:Jameah']],
    ['Chelsea were held by the Norwegian side Rosenborg.', ['Organization:Chelsea', 'Country:Norwegian', 'Organization:Rosenborg']],
    ['The group bought the steelmaker Corus last year.', ['Organization:Corus']],
    ['The cosmetics brand Rimmel stood by her.', ['Organization:Rimmel']],
    ['He joined the club from the Corinthians.', []],
    ['The biggest Linux distributor spoke.', ['Person:Linux?']],
    // A government named for a person is that person's, even where the name is a word too (`bush`, `brown`), and one
    // word counts only as the surname of a person the article names in full (`?`).
    ['The Bush administration disagreed.', ['Person:Bush?']],
    // A sheriff's honorific is no part of the name; an honorific with a possessive is a body's word.
    ['President Vosk pardoned former Sheriff Tom Baxter of Phoenix.', ['Person:Vosk', 'Person:Tom Baxter', 'Location:Phoenix']],
    ["A spokesman for the Los Angeles Sheriff's office said so.", ["Organization:Los Angeles Sheriff's office"]],
    ['The Brown government fell in May.', ['Person:Brown?']],
    ['The Lee government disagreed.', ['Person:Lee?']],
    ['The Hamas government disagreed.', ['Organization:Hamas']],
    ['Ukrainian negotiators met in Geneva on Monday.', ['Country:Ukrainian', 'Location:Geneva']],
    ['Talks were held between the U.S. and the U.K. on Sunday.', ['Country:U.S.', 'Country:U.K.']],
    ['Officials from the WHO and NATO attended.', ['Organization:WHO', 'Organization:NATO']],
    ["Rubio's visit was short.", ['Person:Rubio']],
    // A creed's adherent before a name is no part of it; before a body's name it is.
    ['Scientologist Tom Vosk appeared in the video.', ['Person:Tom Vosk']],
    ['The Nationalist Vosk Alliance won.', ['Organization:Nationalist Vosk Alliance']],
    ['The Ministry of Foreign Affairs and the Bureau of Customs and Excise replied.', ['Organization:Ministry of Foreign Affairs', 'Organization:Bureau of Customs and Excise']],
    // Two places joined by `and` open the name of a body whose head word ends the capitalized words after them; with
    // none, they are two places.
    ['The Scotland and Wales Rowing Board said so.', ['Organization:Scotland and Wales Rowing Board']],
    ['Scotland and Wales said so.', ['Location:Scotland', 'Location:Wales']],
    // A demonym opens a body's name written in ordinary words; before a person's name, it is the person's country.
    ['The British Retail Consortium said so.', ['Organization:British Retail Consortium']],
    ['The Kenyan Eliud Kipchoge won.', ['Country:Kenyan', 'Person:Eliud Kipchoge']],
    // Opening a sentence, so does the demonym of a land that is no state.
    ['Scottish Vosk Party convener Ann Vale said so.', ['Organization:Scottish Vosk Party', 'Person:Ann Vale']],
    // A title's possessive names what the office has, not its holder; a territory named like a body is a place.
    ["Ann Vale clashed with him at Prime Minister's Questions.", ['Person:Ann Vale', 'Person:Questions?']],
    ['Troops entered the West Bank.', ['Location:West Bank']],
    // A length of time after a given name is a surname, and between two words of a name a word of it; a weekday after a
    // name is when; an honour after a name is no part of it.
    ['The case was brought by David Weeks, a retired colonel.', ['Person:David Weeks']],
    ['Ann Vale won control of Orlak Weekend Television last year.', ['Person:Ann Vale', 'Organization:Orlak Weekend Television']],
    ['Orlak Tuesday signed the deal.', ['Person:Orlak?']],
    ['Tom Baxter QC and Ann Vale OBE spoke.', ['Person:Tom Baxter', 'Person:Ann Vale']],
    // A noun for a person of a nation, alone, names no one, nor does it make a name of the words after it.
    ['The Dutchman, who took over in November, spoke.', []],
    ['They met the Spaniard in Seville.', ['Location:Seville']],
    // So does one that is a given name too, after `the`; before a surname it is the given name.
    ['The Dane, who won the stage, spoke to the Finn in Oslo.', ['Location:Oslo']],
    ['Yesterday Finn Russell spoke.', ['Person:Finn Russell']],
    ['He told The Scotsman, which owns the Scotsman newspaper, so.', ['Organization:The Scotsman', 'Organization:Scotsman']],
    // A town or region that wins, draws or loses a match is its club or team.
    ['Leicester beat Parma 20-10, and Yorkshire drew with Sussex.', ['Organization:Leicester', 'Organization:Parma', 'Organization:Yorkshire', 'Organization:Sussex']],
    ['Police beat protesters in Leicester.', ['Location:Leicester']],
    // So is one with a plural verb, as British usage writes clubs; with a singular one it is the place.
    ['Southampton were relegated; Tottenham have sacked their manager.', ['Organization:Southampton', 'Organization:Tottenham']],
    ['Southampton was bombed in 1940.', ['Location:Southampton']],
    // A day's name opens a newspaper's; a word that names a foreign party only with its country opens a person's name.
    ['Ann Vale told the Sunday Telegraph so.', ['Person:Ann Vale', 'Organization:Sunday Telegraph']],
    ['The chief executive, Dawn Hudson, said so.', ['Person:Dawn Hudson']],
    // A party's word opens a body's name written in ordinary words (not a known body's: `Labour Home Office spokesman`).
    ['Conservative Way Forward backed him.', ['Organization:Conservative Way Forward']],
    // A body's members after `of` are no words of its name.
    ['Ann Vale chairs the Vosk Research Group of Eurosceptic Tory MPs.', ['Person:Ann Vale', 'Organization:Vosk Research Group', 'Person:Eurosceptic?', 'Organization:Tory']],
    // A forum is a body (`Pacific Islands Forum`), whatever words come before it.
    ['The Vosk Rights Forum called a strike.', ['Organization:Vosk Rights Forum']],
    ['The Association of Chief Police Officers agreed.', ['Organization:Association of Chief Police Officers']],
    ['The Mutual Defense Treaty covers Guam.', ['Location:Guam']],
    // A common noun before a country's name names its body, opening the sentence too; a country is no word of a title.
    ['Environment Canada spokesperson Julie Hahn said so.', ['Organization:Environment Canada', 'Person:Julie Hahn']],
    ['Yesterday Canada said no.', ['Country:Canada']],
    // A party before a portfolio and a lower-case office is the party whose post it is, not part of a longer name.
    ['Ann Vale, the Lib Dem Treasury spokesman, said so.', ['Person:Ann Vale', 'Organization:Lib Dem']],
    // A portfolio after an office's `for` is what the office holds, no body.
    ['The European Commissioner for Internal Affairs and Migration, Ann Vale, said so.', ['Location:European', 'Person:Ann Vale']],
    ['The Minister for Foreign Affairs, Ann Vale, visited the Ministry of Foreign Affairs.', ['Person:Ann Vale', 'Organization:Ministry of Foreign Affairs']],
    // An American legislator's party and state is no name; its letter names the party.
    ['John Cornyn, U.S. Senator (R-Texas), said so.', ['Person:John Cornyn', 'Country:U.S.', 'Organization:R']],
    // The name after a post or a job and `at` is the employer; a possessor is not.
    ['Mary Lane, an economist at Merrill Lynch, said rates would rise.', ['Person:Mary Lane', 'Organization:Merrill Lynch']],
    ['Mary Lane met a lawyer at John Smith\'s house.', ['Person:Mary Lane', 'Person:John Smith']],
    // A movement's adjective before a common noun says what the noun is.
    ['Hamas, the Islamist group, agreed.', ['Organization:Hamas']],
    // A county's word before a known place is part of its name, no body.
    ['Farmers in Co Antrim protested.', ['Location:Co Antrim']],
    ['Officials in Orla County counted the votes.', ['Location:Orla County']],
    // A demonym after `former` tells what a thing was, and names no party.
    ['Georgia and Ukraine, two former Soviet republics, applied.', ['Country:Georgia', 'Country:Ukraine']],
    ['Soviet troops left.', ['Country:Soviet']],
    // A publisher's plural head word names a body.
    ['The owners of the paper, Vosk Newspapers, said so.', ['Organization:Vosk Newspapers']],
    // So is one after a firm's plural jobs and `at`, not after a place's (`workers at`).
    ['Analysts at Orlak Stanley said rates would rise.', ['Organization:Orlak Stanley']],
    ['Workers at Orlak Stanley walked out.', ['Person:Orlak Stanley']],
    // A name after a person's full name and `of` is the body the person is of, not a one-word given name.
    ['"It is cheap," said Mary Lane of Orlak Stanley.', ['Person:Mary Lane', 'Organization:Orlak Stanley']],
    ['Sen. Mary Lane of Virginia spoke.', ['Person:Mary Lane', 'Location:Virginia']],
    ['Delegates met in Nairobi while officials in Nairobi denied it.', ['Location:Nairobi', 'Country:Nairobi']],
    [
      'The Turkish Foreign Ministry and Turkey’s Defence Ministry disagreed.',
      ['Country:Turkish', 'Organization:Turkish Foreign Ministry', 'Country:Turkey', 'Organization:Defence Ministry'],
    ],
    ['Rubio and the State Department agreed.', ['Person:Rubio', 'Organization:State Department']],
    ['Ursula von der Leyen arrived.', ['Person:Ursula von der Leyen']],
    ['Karl-Theodor zu Guttenberg arrived.', ['Person:Karl-Theodor zu Guttenberg']],
    ['Lars von Trier arrived.', ['Person:Lars von Trier']],
    ['Ann Vale of the Centers for Disease Control said so.', ['Person:Ann Vale', 'Organization:Centers for Disease Control']],
    ['Kate Moss had warned the agency.', ['Person:Kate Moss']],
    ['Judge Simeon Lake heard the evidence.', ['Person:Simeon Lake']],
    ['Marco di Vosko said he was pleased.', ['Person:Marco di Vosko']],
    ['Minister Karim Ijaz ul-Vosk said he was pleased.', ['Person:Karim Ijaz ul-Vosk']],
    ['Its secretary-general, Karim Abdul Bari, said he was pleased.', ['Person:Karim Abdul Bari']],
    ['The council president, Anna Mali, said so.', ['Person:Anna Mali']],
    ['Ferrari president Anna della Vosko spoke.', ['Organization:Ferrari', 'Person:Anna della Vosko']],
    ['SADC Commission President Elias Magosi spoke.', ['Organization:SADC Commission', 'Person:Elias Magosi']],
    ['The opposition PSD-PNL alliance won.', ['Organization:PSD-PNL']],
    ['Jens G. Halvorsen spoke.', ['Person:Jens G. Halvorsen']],
    ['The ruling Chinese Communist Party met.', ['Organization:Chinese Communist Party']],
    ['The USS Gerald Ford and HMS Dauntless sailed.', []],
    // A demonym shared by several states names no one; one that belongs to one state names it.
    ['The Congolese army and the Sudanese government met.', ['Country:Sudanese']],
    ['The African Party for the Independence of Cape Verde won.', ['Organization:African Party for the Independence of Cape Verde']],
    // A party word before a person is the party, not part of the name.
    ['Tory Imogen Hale spoke.', ['Organization:Tory', 'Person:Imogen Hale']],
    ['Liberal Democrat leader Ewan Rossiter spoke.', ['Organization:Liberal Democrat', 'Person:Ewan Rossiter']],
    // A demonym before its own country's party says which party; before another name it opens that name.
    ['The Irish Labour Party and the Chinese Communist Party met.', ['Organization:Irish Labour Party', 'Organization:Chinese Communist Party']],
    ['The Communist Party of Vietnam met.', ['Organization:Communist Party of Vietnam']],
    // So does a chamber's name many countries share.
    ['The Congress of Vosk Trade Unions met.', ['Organization:Congress of Vosk Trade Unions']],
    // A country's name before a party name several countries share opens the party's name, unless it is the country's own.
    ["The Pakistan People's Party and the US Democratic Party met.", ["Organization:Pakistan People's Party", 'Organization:US Democratic Party']],
    // A common noun for an organization before a name or in an apposition after it says what the name is.
    ['The union Solvane warned ministers, and the think tank Arbor agreed.', ['Organization:Solvane', 'Organization:Arbor']],
    ['Solvane, the public sector union, warned ministers.', ['Organization:Solvane']],
    ['Mark Tull, a union official, spoke.', ['Person:Mark Tull']],
    // So does an apposition opened by an adverb or a possessive name, and a word that speaks of itself as `it` or owns a founder.
    ['Vosk, once the biggest company in France, collapsed.', ['Organization:Vosk', 'Country:France']],
    ["Orlak, Spain's biggest bank, agreed.", ['Organization:Orlak', 'Country:Spain']],
    ['Vosk later said it would appeal.', ['Organization:Vosk']],
    ['Orlak said in a statement that it would appeal.', ['Organization:Orlak']],
    // A government's own word is no body's name (a lone word kept only if a full name ends with it).
    ['Tom Baxter resigned as the Government warned that it would act.', ['Person:Tom Baxter', 'Person:Government?']],
    // Not a common noun's plural opening the sentence, whose `it` is something else: a lone word kept only if a full name ends with it.
    ['Supporters said it would restore the chamber.', ['Person:Supporters?']],
    ["Mark Tull, Vosk's founder, spoke.", ['Person:Mark Tull', 'Organization:Vosk']],
    // A word before a general secretary and a name is the union, and a word after a service's noun the service, however ordinary the word.
    ['Prospect general secretary Mark Tull met the conciliation service Accord.', ['Organization:Prospect', 'Person:Mark Tull', 'Organization:Accord']],
    ['Deputy general secretary Mark Tull spoke.', ['Person:Mark Tull']],
    ["Prospect's general secretary, Mark Tull, spoke.", ['Organization:Prospect', 'Person:Mark Tull']],
    // A name read as a person's before a club's or firm's post and a person's name is the club or firm.
    ['"It is about accountability," said Hermes\'s chief executive, Tom Baxter.', ['Organization:Hermes', 'Person:Tom Baxter']],
    // A club's first word before a town's known name is the club; not before another word.
    ['Tom Baxter left Real Madrid for Bayern Munich.', ['Person:Tom Baxter', 'Organization:Real Madrid', 'Organization:Bayern Munich']],
    // An airline or a broadcaster named for its country or town.
    ['The union accused Air France of cutting pay.', ['Organization:Air France']],
    ['Air Canada flew her to Radio Moscow.', ['Organization:Air Canada', 'Organization:Radio Moscow']],
    // (Words nothing types count only as the same words the article types elsewhere.)
    ['The manifesto, The Real Alternative, was published.', ['Person:Real Alternative?']],
    // A devolved legislature's seat after a party is no part of the party's name.
    ['Mark Tull, an SNP MSP, spoke.', ['Person:Mark Tull', 'Organization:SNP']],
    // British spellings and short names of international bodies.
    ['The Taleban condemned the Commonwealth.', ['Organization:Taleban', 'Organization:Commonwealth']],
    // An adjective opening the sentence before `government` names no government.
    ['Local government minister Mark Tull spoke.', ['Person:Local?', 'Person:Mark Tull']],
    // A peer's territorial title and an MP's constituency are places, not people; a given name that is also a country's
    // other name, or a city's name, opens a person's name before a surname's particle.
    ['Lord Tull of Kings Heath and the MP for Grantham spoke.', ['Person:Tull', 'Location:Grantham']],
    ['Foreign Minister Dominique de Villepin spoke.', ['Person:Dominique de Villepin']],
    ['Prime Minister Salvador del Solar spoke.', ['Person:Salvador del Solar']],
    // A name compromise takes for a place's is a company's when it owns what only a company has.
    ["Orla Tinto's shareholders agreed, the London-listed brewer Vosk said.", ['Organization:Orla Tinto', 'Country:London', 'Organization:Vosk']],
    // A lone word, a surname's too, owning a post only a body has is a company's; a given name's is not.
    ["Vale's technical director, Tom Baxter, spoke.", ['Organization:Vale', 'Person:Tom Baxter']],
    ["Rosa's technical director, Tom Baxter, spoke.", ['Person:Rosa', 'Person:Tom Baxter']],
    ["Vale's chairman, Tom Baxter, spoke.", ['Organization:Vale', 'Person:Tom Baxter']],
    // Each name of a list a plural title opens is a person's, however rare the surname; not one after the list's verb.
    ['Justices Toohey, Gaudron and Gummow dissented.', ['Person:Toohey', 'Person:Gaudron', 'Person:Gummow']],
    ['Justices Toohey and Gaudron said Gummow erred.', ['Person:Toohey', 'Person:Gaudron', 'Person:Gummow?']],
    // Two words a person's name could be, owning the chair of a board, are a company's.
    ["JP Morgan's chairman, Tom Baxter, spoke.", ['Organization:JP Morgan', 'Person:Tom Baxter']],
    ['Karim Saleh is a member of the Awami League party.', ['Person:Karim Saleh', 'Organization:Awami League']],
    // Courtesy titles and faction words are not part of a name; a courtesy title opens a new one.
    ['Baroness Okafor and Professor Lena Dahl spoke.', ['Person:Okafor', 'Person:Lena Dahl']],
    ['Corbynite Tom Haddock spoke.', ['Person:Tom Haddock']],
    // A rank before one dictionary word is a company's first word; before a surname it is a title.
    ['Shares in General Dynamics fell, General Petraeus said.', ['Organization:General Dynamics', 'Person:Petraeus']],
    ['Seoul may end the General Security of Military Information Agreement.', ['Country:Seoul']],
    // So is a noun for a person of a nation, mid-sentence as at the start.
    ['The race was won by Spaniard Tom Haddock, ahead of Briton Lena Dahl.', ['Person:Tom Haddock', 'Person:Lena Dahl']],
    // A currency's country or demonym names no party; a country owning its currency does.
    ['Vosk United were fined 75,000 Swiss francs.', ['Organization:Vosk United']],
    ["Argentina's peso fell.", ['Country:Argentina']],
    // And a post's plural before its holders; not a royal title's, which names places and clubs.
    ['Fellow MSPs Tom Haddock and Lena Dahl objected.', ['Person:Tom Haddock', 'Person:Lena Dahl']],
    ['Queens Park Rangers won.', ['Organization:Queens Park Rangers']],
    // Police and service ranks are no part of the name, with the words that raise them; those words alone open names.
    ['Detective Chief Inspector Ann Vale and Air Vice Marshal Tom Baxter spoke.', ['Person:Ann Vale', 'Person:Tom Baxter']],
    ['Vice Adm. Karl Ost spoke to Superintendent Lena Dahl.', ['Person:Karl Ost', 'Person:Lena Dahl']],
    // So are other languages' courtesy titles, before a surname's particles too.
    ['Senor de la Vosk met Herr Kessel.', ['Person:de la Vosk', 'Person:Kessel']],
    // American papers spell the Arabic honorific `Sheik`.
    ['Sheik Ahmed Orlak spoke.', ['Person:Ahmed Orlak']],
    // Words joined by hyphens alone are one word: a person's only as the name of one met in full, unlike names joined
    // by a particle.
    ['Sanitarium dropped him as an ambassador for its Weet-Bix cereal.', ['Person:Sanitarium?', 'Person:Weet-Bix?']],
    ['Captain Inzamam-ul-Vosk was charged.', ['Person:Inzamam-ul-Vosk']],
    // So do the ezafe and the Arabic article joined by a hyphen to the next word (`Jaish-e-Mohammed`, `Hizb ut-Tahrir`).
    ['Police blamed Lashkar-e-Orlak and Hizb ut-Vosk.', ['Organization:Lashkar-e-Orlak', 'Organization:Hizb ut-Vosk']],
    // An ordinal in figures right before a body's name is its first word; before a date it is none.
    ['Ann Vale appealed to the 9th Vosk Circuit Court of Appeals.', ['Person:Ann Vale', 'Organization:9th Vosk Circuit Court of Appeals']],
    ['The 1st Kessel Armoured Division entered the town on the 3rd November.', ['Organization:1st Kessel Armoured Division']],
    // A street's word of another language opens no person's name before a known name.
    ['Crowds filled Avenida Paulista on Sunday.', ['Location:Avenida Paulista']],
    // A courtesy title's full name may hold other honorific words.
    ['Ahmed Sheikh Nur spoke.', ['Person:Ahmed Sheikh Nur']],
    // Plural names of peoples and factions are groups.
    ['The Tasmanians, the Basques and the Corbynites objected.', []],
    // A chamber's head word alone names the one chamber news calls so in its own country's stories (the US House,
    // kept only in an article about the United States); named in full it is its country's; it ends a body's name.
    ['MPs in the House said the House of Lords would vote.', ['Organization:House', 'Organization:House of Lords']],
    ['House Speaker Dana Whitlock spoke.', ['Organization:House', 'Person:Dana Whitlock']],
    ['The publisher, Vosk House, said so.', ['Organization:Vosk House']],
    // A demonym opening the name of a body, place or event is part of it, not its country.
    ['The Greek Orthodox Church and the Indian Ocean Commission met on Chinese New Year.', ['Organization:Greek Orthodox Church', 'Organization:Indian Ocean Commission', 'Person:Chinese New?']],
    // Cities and regions are places; a place is no part of a person's name after it, nor of a vehicle's before it.
    ['Many fans met in Toronto, Ontario, and in Volgograd.', ['Location:Toronto', 'Location:Ontario', 'Location:Volgograd']],
    ['The Governor of Washington Chris Gregoire and Valeska Paris spoke.', ['Country:Washington', 'Person:Chris Gregoire', 'Person:Valeska Paris']],
    ['He met Rosario Murillo; Tom Baxter spoke.', ['Person:Rosario Murillo', 'Person:Tom Baxter']],
    // A party's word opening a body's name before a title opens the body's name, at a sentence start as inside one.
    ['Republican National Committee Chairman Tom Baxter objected.', ['Organization:Republican National Committee', 'Person:Tom Baxter']],
    ['Then Democratic National Committee Chairman Tom Baxter objected.', ['Organization:Democratic National Committee', 'Person:Tom Baxter']],
    // A place's or people's name inside capitalized words that end in a body's head word is a word of the body's name,
    // and a known name opening such words is not cut at a known word inside it.
    ['He met Royal Norwegian Petroleum and British American Tobacco at the New York Stock Exchange.', ['Organization:Royal Norwegian Petroleum', 'Organization:British American Tobacco', 'Organization:New York Stock Exchange']],
    ['Tom Vale British Airways staff met.', ['Person:Tom Vale', 'Organization:British Airways']],
    // A number opening common words that end in a body's head word opens the body's name, unless it counts a noun after it.
    ['Ann Vale, founder of 19 Entertainment, met the 1922 Committee.', ['Person:Ann Vale', 'Organization:19 Entertainment', 'Organization:1922 Committee']],
    ['It lost 40 Border Security Force personnel.', ['Organization:Border Security Force']],
    // A union's or party's post takes a body after `of`, however ordinary its one word.
    ['Tom Vale, general secretary of Unison, spoke.', ['Person:Tom Vale', 'Organization:Unison']],
    // A broadcaster's word and its number are one name.
    ['Tom Vale urged Channel 4 to act.', ['Person:Tom Vale', 'Organization:Channel 4']],
    // So is a people's name after a given name the lexicon knows, not after any unknown word.
    ['Tom French met Iraqi leaders.', ['Person:Tom French', 'Country:Iraqi']],
    ['Sunni Iraqi leaders met.', ['Person:Sunni?', 'Country:Iraqi']],
    ['Space Shuttle Columbia lifted off from Florida.', ['Location:Florida']],
    ['Taiwan — The Taipei City Lantern Festival opened.', ['Country:Taiwan']],
    // News organizations, by name or by a place and a masthead word, written as their names are.
    ['He told the Guardian, The Globe and Mail and la Repubblica.', ['Organization:Guardian', 'Organization:The Globe and Mail', 'Organization:la Repubblica']],
    ['The Toronto Star and the Edmonton Sun said so.', ['Organization:Toronto Star', 'Organization:Edmonton Sun']],
    ['The independent candidate spoke to Xinhua.', ['Organization:Xinhua']],
    // A capitalized common noun right before a country's name names that country's body; an adjective does not.
    ['Weather forecasters at Environment Canada and Air Canada agreed.', ['Organization:Environment Canada', 'Organization:Air Canada']],
    ['Growth in mainland China slowed, Statistics Canada said.', ['Country:China', 'Organization:Statistics Canada']],
    // A sentence the tokenizer did not end, a common noun's capital letter, and a name's post-nominal honours are no names.
    ['Many travel to the U.S. The President later spoke.', ['Country:U.S.']],
    ['The boy wore a NASA T-shirt and Mark Tedeschi, QC, spoke.', ['Organization:NASA', 'Person:Mark Tedeschi']],
    // An agency's administrator is an office before a name.
    ['Administrator Lisa Jackson of the agency spoke, and Administrator Jackson left.', ['Person:Lisa Jackson', 'Person:Jackson']],
    // A chamber's word that names one country's chamber only in its news ends the name it closes.
    ['The ruling Orlak National Congress praised Ann Vale.', ['Organization:Orlak National Congress', 'Person:Ann Vale']],
    ['The All Progressives Congress won.', ['Organization:All Progressives Congress']],
    ['The Kessel Senate voted.', ['Organization:Kessel Senate']],
    // So does a known body's name after words of the dictionary.
    ['Ann Vale, a spokeswoman for the National Security Council, said so.', ['Person:Ann Vale', 'Organization:National Security Council']],
    // A party named by one word of the dictionary takes the word party; one named otherwise does not.
    ["The coalition includes Tom Baxter's far-right Freedom party.", ['Person:Tom Baxter', 'Organization:Freedom party']],
    ['Tom Baxter leads the breakaway Democracy and Progress party.', ['Person:Tom Baxter', 'Organization:Democracy and Progress party']],
    ['The Kessel party won.', ['Organization:Kessel']],
    ['The centrist Civic Action party won.', ['Organization:Civic Action']],
    // A club's initials before its town's name.
    ['Tom Baxter was a midfielder with RFC Liege.', ['Person:Tom Baxter', 'Organization:RFC Liege']],
    // A one-word title after a given name, before a body's head word, is a word of the body's name.
    ['The fight was promoted by Tom King Productions.', ['Organization:Tom King Productions']],
    // What one holds shares or a stake in is a company, however much its name looks like a person's; not a possessor.
    ['Shares in Ann Vale Living Omnimedia fell.', ['Organization:Ann Vale Living Omnimedia']],
    ["Karl Ost took a stake in Tom Baxter's firm.", ['Person:Karl Ost', 'Person:Tom Baxter']],
    // International campaigning groups and sports bodies are general knowledge, whatever a lone word's guess.
    ['Greenpeace said the rules were weak, and Fifa agreed.', ['Organization:Greenpeace', 'Organization:Fifa']],
    // The plural of a judge's courtesy title is no word of the first judge's name.
    ['The court ruled, and Justices Ann Vale and Tom Baxter dissented.', ['Person:Ann Vale', 'Person:Tom Baxter']],
    // A country's other name that is a given name (Dominica's `Dominique`) is the given name.
    ['Ann Vale succeeds Dominique Vosk-Orlak.', ['Person:Ann Vale', 'Person:Dominique Vosk-Orlak']],
  ])('finds the names in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Labour costs rose.', []],
    ['Conservative estimates were low.', []],
    ['We can win.', []],
    ['Labour lost two seats.', ['Organization:Labour']],
    ['Republican lawmakers objected.', ['Organization:Republican']],
    ['Conservative transport spokesman Ed Varley objected.', ['Organization:Conservative']],
    // A word that names a body only in context opens no name it runs on into; before a title it is that body, if the
    // article's country has one (chooseCountryEntries decides).
    ['Senate Majority Leader Dana Whitlock objected.', ['Organization:Senate']],
  ])('reads a word that names a party only in context as the ordinary word at a sentence start before a noun: %j', (text, expected) => {
    expect(names(text).filter((name) => name.startsWith('Organization:'))).toEqual(expected);
  });

  it.each([
    // An acronym opening a sentence before an office is the body whose office it is.
    ['FBI Director Ann Vale said so.', ['Organization:FBI', 'Person:Ann Vale']],
    // A courtesy title's or a rank's word before a body's head word opens the body's name.
    ['The Justice Department appealed.', ['Organization:Justice Department']],
    // Not a courtesy title before a body's word that is a common surname: that names the person.
    ['Later Ms Steel said she would appeal.', ['Person:Steel']],
    // A title's rank and a country's title are no part of the name; nor is a country before a longer title.
    ['Assistant U.S. Attorney Ann Vale told the judge.', ['Person:Ann Vale']],
    ['U.S. Attorney General Ann Vale said so.', ['Country:U.S.', 'Person:Ann Vale']],
    // A known body's name and a country's or region's after it, ending the phrase, name its branch there.
    ['Ann Vale, the director of Greenpeace Norway, said so.', ['Person:Ann Vale', 'Organization:Greenpeace Norway']],
    // A body's post names its body after `of`, whatever the name looks like; a place's post its place.
    ['Ann Vale, the owner of the Charlotte Bobcats, said so.', ['Person:Ann Vale', 'Organization:Charlotte Bobcats']],
    ['Ann Vale, the manager of Tottenham, said so.', ['Person:Ann Vale', 'Organization:Tottenham']],
    ['Ann Vale, the mayor of Tottenham, said so.', ['Person:Ann Vale', 'Location:Tottenham']],
    ['The NATO Kosovo mission ended.', ['Organization:NATO', 'Country:Kosovo']],
    // The largest unions whose names are common words are knowledge.
    ['The deal was backed by Unite and the GMB.', ['Organization:Unite', 'Organization:GMB']],
    // After a party's or body's post, `of the` and several words name a body, never a person.
    ['Ann Vale, leader of the Traditional Kessel Voice, said so.', ['Person:Ann Vale', 'Organization:Traditional Kessel Voice']],
    // A bracketed word of doctrine or standing after a body's name is part of it; an acronym there is another name.
    ['Ann Vale left the Vosk Party (Marxist) in May.', ['Person:Ann Vale', 'Organization:Vosk Party (Marxist)']],
    ['Ann Vale left the Vosk Party (Marxist-Leninist) in May.', ['Person:Ann Vale', 'Organization:Vosk Party (Marxist-Leninist)']],
    ['Ann Vale left the Vosk Party (VP) in May.', ['Person:Ann Vale', 'Organization:Vosk Party', 'Organization:VP']],
    // A firm's `& Co.` is a legal form after its name; a product after a product's noun is no name.
    ['Later Merck & Company withdrew the drug.', ['Organization:Merck & Company']],
    ['Later Pfizer withdrew the arthritis drug Vosktra and the rival drugs Orlexa and Kessolin.', ['Organization:Pfizer']],
    ["Kenya's General Intelligence Directorate objected.", ['Country:Kenya', 'Organization:General Intelligence Directorate']],
    // A people's word inside a name, before a bracketed acronym or a lower-case `party`.
    ["The Oromo People's Liberation Front (OPLF) said so.", ["Organization:Oromo People's Liberation Front", 'Organization:OPLF']],
    ["Ana Ruiz, leader of the Republican People's party, spoke.", ['Person:Ana Ruiz', "Organization:Republican People's party"]],
    ['The Asian Hockey Confederation voted.', ['Organization:Asian Hockey Confederation']],
    // An office after a body's `of` is part of its name; the person who holds it is not, nor after a body's head word.
    ['He was questioned by the Office of the Attorney General of Peru.', ['Organization:Office of the Attorney General of Peru']],
    ['The Office of the Prime Minister Ann Vale said so.', ['Organization:Office of the Prime Minister', 'Person:Ann Vale']],
    ['Clerk of the Privy Council Ann Vale spoke.', ['Organization:Privy Council', 'Person:Ann Vale']],
    // The agency's bracket closes a dateline's place.
    ['LIMA (AP) — Peru voted.', ['Location:Lima', 'Organization:AP', 'Country:Peru']],
    // Ranks, abbreviated and hyphenated or opening a title, are no part of the name.
    ["The army's spokesman, Lt-Col Ann Vale, said so.", ['Person:Ann Vale']],
    ['Major General Tom Okoro spoke.', ['Person:Tom Okoro']],
    // The country an envoy is sent to ends before the envoy's name.
    ['Ambassador to Peru Wu Jianhua spoke.', ['Country:Peru', 'Person:Wu Jianhua']],
    // A particle opening a sentence opens the name; a month's short form with no day is a word of it.
    ['Le Bris said so.', ['Person:Le Bris']],
    ['Marine Le Bris said so.', ['Person:Marine Le Bris']],
    // A bracketed short form opening in capitals abbreviates the organization before it.
    ['The Party for Unity and Progress (PUP-Sawaba) won.', ['Organization:Party for Unity and Progress', 'Organization:PUP-Sawaba']],
    // An office's possessive before a body's head word names its body; a plural's apostrophe compromise leaves after the
    // word still makes it possessive; a bracket ends a known name.
    ["Officials in the Prime Minister's Office pressured her.", ["Organization:Prime Minister's Office"]],
    ["The leader of the Farmers' party (FP) spoke.", ["Organization:Farmers' party", 'Organization:FP']],
    // A bracketed short form that is also a word's abbreviation (`pt`) still abbreviates the name before it.
    ["The Farmers' party (PT) won.", ["Organization:Farmers' party", 'Organization:PT']],
    // A known name goes on past a possessive inside it; a possessive ends any other.
    ["The People's Daily said so.", ["Organization:People's Daily"]],
    // A demonym before a name compromise knows as a company's opens it.
    ['American Express and American officials disagreed.', ['Organization:American Express', 'Country:American']],
    // A name between an indefinite article and a post is the employer's; a body's head word alone is not new.
    ['Gary Moss, an Emery employee, saw it.', ['Person:Gary Moss', 'Organization:Emery']],
    ['Socialist Party (PS) First Secretary Ana Ruiz said so.', ['Organization:Socialist Party', 'Organization:PS', 'Person:Ana Ruiz']],
    ['Ambassador Chen Jun said so.', ['Person:Chen Jun']],
    // A name before a common noun for an organization is the organization's, though a surname too; not before a noun
    // the organization's word qualifies.
    ["Russia's Volk mercenary group denied it.", ['Country:Russia', 'Organization:Volk']],
    // A fleet is a body; a known given name before a place word is a person's.
    ['Baltic Fleet Commander Igor Lenko met the minister.', ['Organization:Baltic Fleet', 'Person:Igor Lenko']],
    ['Peter Hall, a professor of history, spoke.', ['Person:Peter Hall']],
    // A first initial's full stop ends no sentence before a surname.
    ['Trade Minister K. Okafor met him.', ['Person:K. Okafor']],
    ['Obama party officials met.', ['Person:Obama']],
    // Words that tell nothing, owning a post, name the employer.
    ["Dan Wolfe, Northern Paper's chairman, said so.", ['Person:Dan Wolfe', 'Organization:Northern Paper']],
    // Central banks are known bodies, before an office too; a body's name ending in a portfolio's word names the
    // portfolio before an office.
    ['Bank of England Governor Ann Vale said so.', ['Organization:Bank of England', 'Person:Ann Vale']],
    ['Federal Reserve Chairman Ann Vale said so.', ['Organization:Federal Reserve', 'Person:Ann Vale']],
    ['He met the US treasury secretary, Ann Vale, today.', ['Country:US', 'Person:Ann Vale']],
    // Offices of a parliament's business and whips are titles; a member of a parliament is no body.
    ['Leader of the Commons Ann Vale spoke.', ['Person:Ann Vale']],
    ['House Republican Whip Tom Baxter spoke.', ['Organization:House', 'Organization:Republican', 'Person:Tom Baxter']],
    ['The MEP for the East Midlands spoke.', ['Location:East Midlands']],
    // A short form written as a word from the initials abbreviates the name before it; a rank's word and a plural's
    // apostrophe stay inside a union's name.
    ['The Association of Chief Police Officers (Acpo) warned.', ['Organization:Association of Chief Police Officers', 'Organization:Acpo']],
    ["The Dock and General Workers' Union (DGWU) struck.", ["Organization:Dock and General Workers' Union", 'Organization:DGWU']],
    // An ampersand joins a firm's name; a known name may open in lower case; a spaced hyphen is a dash.
    ['Ann Vale, an adviser to the Ernst & Young Item Club, said so.', ['Person:Ann Vale', 'Organization:Ernst & Young Item Club']],
    ['A group led by al Qaeda claimed it.', ['Organization:al Qaeda']],
    ['He said Fortis - Latin for strong - would win.', ['Person:Fortis?', 'Person:Latin?']],
    // A name that is no word, after a job's `of`, is the body the job is held at.
    ['Derek Vale, leader of Fortis, warned.', ['Person:Derek Vale', 'Organization:Fortis']],
    // After an office's `president of`, which may take a place, only an acronym of three letters or more.
    ['Derek Vale, the president of ORLACAF, warned.', ['Person:Derek Vale', 'Organization:ORLACAF']],
    // Companies' legal forms and national federations; a chief executive officer's title; an abbreviated title after a
    // name or before none is a word of the name; a name's syllable after a hyphen in lower case.
    ['Vela Airways Plc was fined.', ['Organization:Vela Airways Plc']],
    ['Tom Baxter, general secretary of the Trades Union Congress (TUC), met them.', ['Person:Tom Baxter', 'Organization:Trades Union Congress', 'Organization:TUC']],
    ['Vela Chief Executive Officer Ann Vale said so.', ['Organization:Vela', 'Person:Ann Vale']],
    ['Its chief executive, Ann Sen, said so.', ['Person:Ann Sen']],
    // (Not after a country's or place's name: the title opens the holder's name.)
    ['The bill was backed by U.S. Sen. Ann Vale of Texas.', ['Country:U.S.', 'Person:Ann Vale', 'Location:Texas']],
    ['Alaska Gov. Tom Baxter said so.', ['Location:Alaska', 'Person:Tom Baxter']],
    ['Lt. Gen. Tom Okoro led the team.', ['Person:Tom Okoro']],
    ['Party leader Pira Kaewsri-arun spoke.', ['Person:Pira Kaewsri-arun']],
    // An acronym's last hyphenated part may be a letter.
    ['The KDB-L, the largest union, struck.', ['Organization:KDB-L']],
    // A party's members after its word are no part of a name, nor a name alone.
    ['The group of traditionalist Conservative MPs said so, and MPs agreed.', ['Organization:Conservative']],
    // A body's part named after `of` and a known body is a body of its own.
    ["The Eastern Command of the People's Liberation Army said so.", ['Organization:Eastern Command', "Organization:People's Liberation Army"]],
    ['The Office of the UN High Commissioner for Refugees said so.', ['Person:Office?', 'Organization:UN High Commissioner for Refugees']],
    // A chamber of commerce is a body.
    ['Tom Baxter, president of the Kessel Chamber of Commerce, spoke.', ['Person:Tom Baxter', 'Organization:Kessel Chamber of Commerce']],
    // A chamber's word opens a committee's name.
    ['Jo Marsh sits on the House Ways Committee.', ['Person:Jo Marsh', 'Organization:House Ways Committee']],
    // Two capitals no knowledge holds are a person's initials after a title, a body's acronym elsewhere (a credit).
    ['Prime Minister KP Tom Vosk said so.', ['Person:KP Tom Vosk']],
    ['The photo is by KP Tom Vosk.', ['Organization:KP', 'Person:Tom Vosk']],
    // A middle initial's full stop leaves a title's word after it a surname.
    ['Tom T. King said so.', ['Person:Tom T. King']],
    // A rank's abbreviation after a body's name opens the name of the person who holds it.
    ['The Vosk Army Gen. Ann Vale said so.', ['Organization:Vosk Army', 'Person:Ann Vale']],
    // An event's or a kind's name is no one's.
    ['The Vosk Song Contest opened.', []],
    ['It may serve some NGO.', []],
  ])('reads the names in %j as newsrooms write them', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps a lone unknown capitalized word only as needing support', () => {
    expect(names('Then Yermak spoke.')).toEqual(['Person:Yermak?']);
  });

  it.each([
    // A common surname standing as a noun phrase of its own is a person's, with no full name to support it.
    ['Then Kessel spoke.', ['Person:Kessel']],
    ["Critics attacked Kessel's plan.", ['Person:Kessel']],
    // Not a month, a place's, a family's or thing's after a determiner, a word qualifying a noun, or a word listed with
    // places; a thing `which` describes is a body's name.
    ['Prices have risen since June.', []],
    ['Prices rose in Kessel.', ['Location:Kessel']],
    ['The Kessels met.', ['Person:Kessels?']],
    ['Kessel steel is cheap.', ['Person:Kessel?']],
    ['Floods hit Queensland, Kessel and Tasmania.', ['Location:Queensland', 'Person:Kessel?', 'Location:Tasmania']],
    ['Kessel, which makes cars, grew.', ['Organization:Kessel']],
    ['Kessel, where he spoke, was taken.', ['Person:Kessel?']],
  ])('reads a lone common surname as a person only where it stands as one: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A company's line of business as its name's last word; a campaign; a fund in apposition, however qualified.
    ['The board rejected a bid from Vosk Foods.', ['Organization:Vosk Foods']],
    ['The Orla Debt Campaign criticised it.', ['Organization:Orla Debt Campaign']],
    ['Kvist, the activist fund founded by Tom Baxter, sold.', ['Organization:Kvist', 'Person:Tom Baxter']],
    ['KVR Global, the Dubai-based fund, sold.', ['Organization:KVR Global', 'Location:Dubai']],
    // Not a body's noun after a preposition, which is no qualifier of the apposition's head.
    ['According to Kavod Ruslami, the rise of the team shows progress.', ['Person:Kavod Ruslami']],
    // A lone word that is no English word or name, owning a post only bodies give, is a body; not a person's aide.
    ["Then Vosk's director, Ann Vale, said so.", ['Organization:Vosk', 'Person:Ann Vale']],
    ["Then Orlak's leader, Ann Vale, said so.", ['Organization:Orlak', 'Person:Ann Vale']],
    // A demonym and one noun of the dictionary that names nothing known, before a party's noun, name the party; a
    // creed's or colour's adjective does not (many countries' parties share it).
    ['The ruling Kazakh Harvest party won.', ['Organization:Kazakh Harvest']],
    ['The Kazakh Harvest coalition won.', ['Organization:Kazakh Harvest']],
    ['The German Green party won.', ['Country:German', 'Organization:Green party']],
    ["Then Vosk's spokesman said so.", ['Person:Vosk?']],
    // compromise's lexicon knows the word opening the sentence as an organization's name.
    ["Oxfam's director, Ann Vale, said so.", ['Organization:Oxfam', 'Person:Ann Vale']],
    // Offices of general knowledge, and a shadow post of two portfolio words.
    ['Chancellor of the Exchequer Ann Vale said so.', ['Person:Ann Vale']],
    ['Presiding Officer Tom Baxter spoke.', ['Person:Tom Baxter']],
    ['Shadow international development secretary Ann Vale said so.', ['Person:Ann Vale']],
    // A one-word owner that is no English word is no part of the body's name (`People's` is).
    ["Vosk's Party of National Unity won.", ['Person:Vosk?', 'Organization:Party of National Unity']],
    // The nations of the United Kingdom; a sea's word, `of` and a country make one place; a body named for a nation.
    ['He spoke in Northern Ireland.', ['Location:Northern Ireland']],
    ['It must pay claims from its Gulf of Mexico oil spill.', ['Location:Gulf of Mexico']],
    ['Her Audit Scotland report exposed it.', ['Organization:Audit Scotland']],
    // A body's unknown name of two words or more right before a place's, and the place, are one name; not before a
    // clause the place opens, nor with the place in brackets.
    ['Ann Vale, the director of Media Vosk Africa, said so.', ['Person:Ann Vale', 'Organization:Media Vosk Africa']],
    ['He told the Vosk Association Britain would pay.', ['Organization:Vosk Association', 'Country:Britain']],
    ['The manager of Vosk Futures (Singapore) lost money.', ['Organization:Vosk Futures', 'Country:Singapore']],
    // A mission's name goes on through `in` and the place it is sent to; a ministry's does not.
    ['Ann Vale, the head of the UN Vosk Mission in Nepal, said so.', ['Person:Ann Vale', 'Organization:UN Vosk Mission in Nepal']],
    ['The Ministry of Defence in London said so.', ['Organization:Ministry of Defence', 'Location:London']],
    ['Trade with the Western Balkans grew.', ['Person:Western?', 'Location:Balkans']],
  ])('reads bodies and offices named as the business pages and Westminster write them: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Arden, a senior Finance Ministry official, said so.', ['Person:Arden', 'Organization:Finance Ministry']],
    ['Kessel, a professor of history at Yale University, said so.', ['Person:Kessel', 'Organization:Yale University']],
    // Not a place after a preposition, nor a post bodies hold too.
    ['In Kessel, a city official said so.', ['Location:Kessel']],
    ['Vosk, a member of the alliance, said so.', ['Person:Vosk?']],
  ])('reads a lone name a person\'s post describes as a person: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A listed company's bare name is the company, however a person's name it could be.
    ['Centrica said it would raise prices.', ['Organization:Centrica']],
    ['Lufthansa and Deutsche Telekom shares fell.', ['Organization:Lufthansa', 'Organization:Deutsche Telekom']],
    ['Toyota overtook GM.', ['Organization:Toyota', 'Organization:GM']],
    ['Centrica plc and Microsoft Corp. rose.', ['Organization:Centrica plc', 'Organization:Microsoft Corp']],
    // A longer name it opens is a company's too.
    ['Severn Trent Water was fined.', ['Organization:Severn Trent Water']],
    // After a given name it is a surname.
    ['Carla Toto was elected.', ['Person:Carla Toto']],
  ])('reads a listed company\'s name as an organization: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('takes no new names from a heading, only known ones', () => {
    expect(names('Key Points of the Proposed Plan for Ukraine', true)).toEqual(['Person:Points?', 'Country:Ukraine']);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(names('He told us the plan was final.')).toEqual([]);
  });

  it.each([
    ['NAIROBI, May 2 - Kenya voted.', ['Location:Nairobi', 'Country:Kenya']],
    ['NEW DELHI', ['Location:New Delhi']],
  ])('reads an all-capital place opening a story as its dateline: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['The Movement for Unity and Progress (MUP) won.', 'Movement for Unity and Progress', 'MUP'],
    ['Rebels of the Orla Liberation Front, or OLF, attacked.', 'Orla Liberation Front', 'OLF'],
    // Words whose initials spell the bracketed acronym are one body's name, however they read alone.
    ['Its ally, the All India Anna Dravida Orlak Kazhagam (AIADOK), left.', 'All India Anna Dravida Orlak Kazhagam', 'AIADOK'],
    ['The Board of Control for Cricket in India (BCCI) objected.', 'Board of Control for Cricket in India', 'BCCI'],
    // A bracketed word of no dictionary after a body's name is its short form, from any language's initials.
    ['The National Institute for Space Research (Inpe) said so.', 'National Institute for Space Research', 'Inpe'],
    // After a long name, `, or` gives its short form however it is spelled.
    ['Ministers of the Union of Orlak Nations, or Unorla, who met, spoke.', 'Union of Orlak Nations', 'Unorla'],
  ])('ties the acronym in %j to the name it abbreviates', (text, name, acronym) => {
    const block = { text, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i), heading: false };
    const [sentence] = tokenizeBlocks([block]);
    const { candidates } = findMentionCandidates(sentence?.tokens ?? [], defaultKnowledge(), false);
    expect(candidates.map((candidate) => [candidate.surface, candidate.sameAs?.surface])).toEqual([[name, undefined], [acronym, name]]);
  });

  it.each([
    // A possessive opening a quotation is no name, whatever compromise reads it as.
    ['Ann Vale told an audience in Leeds on Monday: "Our company was dishonest."', ['Person:Ann Vale', 'Location:Leeds']],
    // A one-word title after a given name, before no name of its own, is a surname.
    ['Billie Jean King said so.', ['Person:Billie Jean King']],
    ["Labour's Orla King lost. Ms King said so.", ['Organization:Labour', 'Person:Orla King', 'Person:King']],
    // A guild and institutes head bodies' names, past a plural's possessive and `of`.
    ["The Vosk Editors' Guild said so.", ["Organization:Vosk Editors' Guild"]],
    ['The Orlak Institutes of Health said so.', ['Organization:Orlak Institutes of Health']],
    // A party's word before a party's name ending in `Party` opens a longer party name.
    ['Ann Vale of the Liberal National Party won.', ['Person:Ann Vale', 'Organization:Liberal National Party']],
    ['The Liberal Democrats and the National Party won.', ['Organization:Liberal Democrats', 'Organization:National Party']],
    ['Martin Luther King Jr spoke.', ['Person:Martin Luther King Jr']],
    // After an office's title, a town's name after any one word is a surname.
    ['Vice Foreign Minister Kessel Dawei said so.', ['Person:Kessel Dawei']],
    ['Peru\'s vice foreign minister, Wu Dawei, said so.', ['Country:Peru', 'Person:Wu Dawei']],
    // An apposition headed by a body's noun describes a body.
    ['Orlak Whampoa, the Hong Kong conglomerate, spoke.', ['Organization:Orlak Whampoa', 'Country:Hong Kong']],
    // Capitals after a clock time are a time zone.
    ['MPs return at 11:30 BST and the Vosk Party at 9 a.m. EST.', ['Organization:Vosk Party']],
    // So are capitals after an hour of the 24-hour clock; not after a year.
    ['The Vosk Union walked out at 0700 BST on Sunday.', ['Organization:Vosk Union']],
    ['In 2003 EMI held talks with the Vosk Union.', ['Organization:EMI', 'Organization:Vosk Union']],
    // A faith's adjective before a common noun is no name; a body's name may open with one.
    ['Police arrested the former Roman Catholic bishop.', []],
    ['The Roman Catholic Church condemned it.', ['Organization:Roman Catholic Church']],
    // A feast is a date, however common a surname.
    ['Sales rose before Christmas.', ['Person:Sales?', 'Person:Christmas?']],
    ['The sale was run by the Takeover Panel.', ['Organization:Takeover Panel']],
    ['The merger of Vosk and Companhia Orlak Nacional failed.', ['Person:Vosk?', 'Organization:Companhia Orlak Nacional']],
    // A post written as a title closes an apposition that makes a person; the seat's constituency is a place.
    ['Ed Bay, the Labour MP for Orla, said so.', ['Person:Ed Bay', 'Organization:Labour', 'Location:Orla']],
    // A word compromise takes for a French article, before a surname, is a given name.
    ['Des Smith, the minister, said so.', ['Person:Des Smith']],
    // `and` before an initial and a name, or `and the` before a body, ends a body's name.
    ['Samuel Vale of the 3rd Circuit Court of Appeals and J. Tom Vosk of the 4th Circuit spoke.', ['Person:Samuel Vale', 'Organization:3rd Circuit Court of Appeals', 'Person:J. Tom Vosk', 'Person:Circuit?']],
    ['The Department of Work and Pensions and the Home Office replied.', ['Organization:Department of Work and Pensions', 'Organization:Home Office']],
    // A word in capitals makes a body's name, unless it is a surname after a given name.
    ['A poll by Vela MORI put them ahead.', ['Organization:Vela MORI']],
    ['Ann VALE spoke.', ['Person:Ann VALE']],
    ['The Orla-based company settled.', ['Location:Orla']],
    // Common words before a minister's title are the portfolio.
    ['Ann Vale, the International Development Secretary, spoke.', ['Person:Ann Vale']],
    // A name before a body's post and its holder's name is the body's; not common words, nor a person's name.
    ['Orlak manager Tom Baxter was fined.', ['Organization:Orlak', 'Person:Tom Baxter']],
    ['He said Finance director Ann Vale left.', ['Person:Ann Vale']],
    ['The board, led by chief executive Ann Vale and chairman Tom Baxter, agreed.', ['Person:Ann Vale', 'Person:Tom Baxter']],
    // A plural verb after one unknown word opening its clause names a team or a firm; not after a coordination.
    ['Orlak have been fined.', ['Organization:Orlak']],
    ['Vale and Vosk have left.', ['Person:Vale', 'Person:Vosk?']],
    // A name before a prize's word names the prize; a capital inside a word marks a brand or a firm.
    ['It won the Vela Orlak award and four Vosk awards.', []],
    ['Shares in VelaTech and GlaxoSmithKline rose.', ['Organization:VelaTech', 'Organization:GlaxoSmithKline']],
    // A surname's particle after a courtesy title; a body's head word alone, speaking, is no one's name by itself.
    ['But Ms de Vosk insisted.', ['Person:de Vosk']],
    ['The Commission said discounts were illegal.', ['Person:Commission?']],
    // A lower-case office after a name leaves the name a body's.
    ['Premier League chief executive Tom Baxter said so.', ['Organization:Premier League', 'Person:Tom Baxter']],
    // A one-word company's name compromise's lexicon knows, before an office.
    ['Sony chairman Ann Vale said so.', ['Organization:Sony', 'Person:Ann Vale']],
    // A company's line of business ends its name.
    ['The case was brought by Vela Music and Orlak Networks.', ['Organization:Vela Music', 'Organization:Orlak Networks']],
    // `Co.` with its full stop is a company's legal form, even after a title's word; a hill is a place, or a surname.
    ["He blocked General Orchard Co.'s bid.", ['Organization:General Orchard Co.']],
    ['They stunned Orla Hill on Tuesday, as did Ann Lee Hill.', ['Location:Orla Hill', 'Person:Ann Lee Hill']],
    // An ordinary word opening a sentence opens a body's name that capitalized words end in its head word; not an
    // article, a conjunction, a word of place, or one before a name of its own.
    ['Police Service of Orla Chief Constable Ann Vale said so.', ['Organization:Police Service of Orla', 'Person:Ann Vale']],
    ['Health Select Committee chairman Tom Baxter said so.', ['Organization:Health Select Committee', 'Person:Tom Baxter']],
    ['But Vosk Party officials said so.', ['Organization:Vosk Party']],
    ['Outside Parliament, Tom Baxter said so.', ['Location:Parliament', 'Person:Tom Baxter']],
    // `Miss` is a courtesy title, no part of the name; initials in capitals open a sentence as a body's.
    ['Miss Rosa Vance said so.', ['Person:Rosa Vance']],
    ['BA chief executive Tom Baxter said so.', ['Organization:BA', 'Person:Tom Baxter']],
    // So does one joined by an ampersand to a firm's next partner.
    ['Marks & Vosk has rejected the bid.', ['Organization:Marks & Vosk']],
    ['Play Group, the largest chain, had taken orders.', ['Organization:Play Group']],
    // What a musician is, opening a sentence before the name, is no part of it.
    ['Drummer Tom Baxter said so.', ['Person:Tom Baxter']],
    // So is a rarer word of the dictionary (`billionaire`), before a given name compromise or the list of names knows.
    ['Billionaire Raj Vosk was arrested on Friday.', ['Person:Raj Vosk']],
    ['Socialite Ann Vale was arrested on Friday.', ['Person:Ann Vale']],
    // A given name of another language is no word of the dictionary.
    ['Yair Vosk was arrested on Friday.', ['Person:Yair Vosk']],
    // A lone name's singular possessive before a lower-case body word is the person's; a plural's ends a body's name.
    ["Mr Baker's company, Orla Music, sued.", ['Person:Baker', 'Organization:Orla Music']],
    ["Ana Ruiz, leader of the Vela Workers' union, spoke.", ['Person:Ana Ruiz', "Organization:Vela Workers' union"]],
    // A common noun for a firm, a label or a supplier before a name makes it the body's, after a comma too.
    ['Staff were sacked by the catering supplier, Gate Orchard.', ['Organization:Gate Orchard']],
    ["The band's record label, Rough Meadow, said so.", ['Organization:Rough Meadow']],
    // A word before a player's place and name is the team's, opening a sentence too; not an adjective.
    ['Temple striker Tom Baxter scored.', ['Organization:Temple', 'Person:Tom Baxter']],
    ['Central defender Tom Baxter scored.', ['Person:Tom Baxter']],
    // A town's name before a club's or firm's post and a name is the club's or firm's; before a town's office, the town.
    ['Newcastle chairman Tom Baxter said so.', ['Organization:Newcastle', 'Person:Tom Baxter']],
    ['Everton chairman Tom Baxter said so.', ['Organization:Everton', 'Person:Tom Baxter']],
    // A title right after a body's `of` and before a name is the holder's, no word of the body's name.
    ['It joined the Vosk Party of Deputy Prime Minister Ann Vale.', ['Organization:Vosk Party', 'Person:Ann Vale']],
    ['The Ministry of Foreign Affairs spokesman Tom Baxter said so.', ['Organization:Ministry of Foreign Affairs', 'Person:Tom Baxter']],
    // So is a town's name owning a company's post or shares, or after such a post and `of`; not after a town's office,
    // nor when the name goes on.
    ["Tom Baxter, Granada's chief executive, said so.", ['Person:Tom Baxter', 'Organization:Granada']],
    ['Tom Baxter, the chairman of Santander, said so.', ['Person:Tom Baxter', 'Organization:Santander']],
    ['Tom Baxter, the mayor of Santander, said so.', ['Person:Tom Baxter', 'Location:Santander']],
    ['Tom Baxter, chief executive of Liverpool City Council, said so.', ['Person:Tom Baxter', 'Organization:Liverpool City Council']],
    ['The league fined Rangers chairman Tom Baxter.', ['Organization:Rangers', 'Person:Tom Baxter']],
    ['Executive chairman Tom Baxter said so.', ['Person:Tom Baxter']],
    ['Wolves manager Tom Baxter said so.', ['Organization:Wolves', 'Person:Tom Baxter']],
    ['Aer Vosk said it would fight the bid.', ['Organization:Aer Vosk']],
    ['Tom Baxter, of the broker Vosk, said so.', ['Person:Tom Baxter', 'Organization:Vosk']],
    ['Tom Baxter accused VSkyO of bias.', ['Person:Tom Baxter', 'Organization:VSkyO']],
    ['Tom Baxter of Kenya Athletics said so.', ['Person:Tom Baxter', 'Organization:Kenya Athletics']],
    ['Kenyan Athletics said it would appeal.', ['Organization:Kenyan Athletics']],
    ['In his speech at Orla Vane leisure centre, Mr Baxter said so.', ['Location:Orla Vane', 'Person:Baxter']],
    ['Tom Baxter was sacked by his Vosk team.', ['Person:Tom Baxter', 'Organization:Vosk']],
    ['Tom Baxter said it would fight the bid.', ['Person:Tom Baxter']],
    ['Sales director Tom Baxter said so.', ['Person:Tom Baxter']],
    ['Leeds Mayor Tom Baxter said so.', ['Location:Leeds', 'Person:Tom Baxter']],
    ['The mayor of Moscow, Tom Baxter, said so.', ['Location:Moscow', 'Person:Tom Baxter']],
  ])('reads names in business, sport and Westminster copy: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
