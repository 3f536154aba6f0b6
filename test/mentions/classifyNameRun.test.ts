import { classifyNameRun } from '../../src/mentions/classifyNameRun';
import { tokensOf } from '../helpers/tokensOf';

// What classifyNameRun says of the words `name` in `text` (the first place they stand).
function classify(text: string, name: string, titled = false): string | null | undefined {
  const tokens = tokensOf(text);
  const start = text.indexOf(name);
  const first = tokens.findIndex((token) => token.start === start);
  const last = tokens.findIndex((token) => token.end === start + name.length || token.end - 2 === start + name.length);
  if (first < 0 || last < first) throw new Error(`"${name}" is not a run of tokens in "${text}"`);
  return classifyNameRun(tokens, first, last, titled);
}

describe('classifyNameRun', () => {
  it.each([
    // Products, vehicles, editions and codes name no body, place or person.
    ['The Space Shuttle Discovery landed.', 'Space Shuttle Discovery'],
    ['Crews cleaned the Shuttle Atlantis.', 'Shuttle Atlantis'],
    ['Users of Internet Explorer 6 must upgrade.', 'Internet Explorer'],
    ['The Vostok 1 flight made history.', 'Vostok'],
    // A storm is no party; `Tropical` opens other names.
    ['Hurricane Vosk killed hundreds.', 'Hurricane Vosk'],
    ['Tropical Storm Orla flooded the town.', 'Tropical Storm Orla'],
    ['The STS-1 mission flew in 1981.', 'STS'],
    ['Microsoft released IE9 on Monday.', 'IE9'],
    ['Search for MH370 resumed.', 'MH370'],
    ['The site Secunia.com tracks browsers.', 'Secunia.com'],
    ['Pope Gregory wrote chapter XVII of it.', 'XVII'],
    ['The sign read: UNLESS you pay, leave.', 'UNLESS'],
    // A competition named a league is an event, not a body.
    ['Orla United won the Champions League on Saturday.', 'Champions League'],
    ['Ann Vale won at the Diamond League meeting in Oslo.', 'Diamond League'],
    // A faith's name alone is no one's.
    ['Ann Vale was a fierce critic of Islam.', 'Islam'],
    ['The edict said the statues insulted Islam.', 'Islam'],
    // Words before `of` and a text's name open the text's name.
    ['Seoul may end the Kessel Security of Military Information Agreement.', 'Kessel Security'],
    // A name after a product's or work's noun names the product or work.
    ['Merck withdrew the arthritis drug Vosktra yesterday.', 'Vosktra'],
    ['Pfizer makes the rival drugs Orlexa and Kessolin.', 'Kessolin'],
    ['She starred in the film Orla Rising.', 'Orla Rising'],
    // Events, programmes and systems.
    ['Crowds came to the Lantern Festival on Sunday.', 'Lantern Festival'],
    ['She won the Google Science Fair last year.', 'Google Science Fair'],
    ['The Northern Arena Esports Championship opened.', 'Northern Arena Esports Championship'],
    ['The National Iodine Program began.', 'National Iodine Program'],
    ['Patients with Iodine Deficiency Disorders were treated.', 'Iodine Deficiency Disorders'],
    // Acronyms of things, not of bodies.
    ['Sales of PCS fell.', 'PCS'],
    ['The PC maker grew.', 'PC'],
    ['Sales of CD singles and MMR jabs fell.', 'CD'],
    ['Sales of CD singles and MMR jabs fell.', 'MMR'],
    // An ordinary word opening the sentence before a body's common noun qualifies the noun.
    ['Aid agencies estimate that thousands died.', 'Aid'],
    ['Rail union threatens strike', 'Rail'],
  ])('reads %j as naming no entity (%s)', (text, name) => {
    expect(classify(text, name)).toBeNull();
  });

  it.each([
    // A name after a settlement's noun and `of` is the place.
    ['He flew from the eastern city of Santa Vosk to Miami.', 'Santa Vosk', 'Location'],
    // A saint's title opening a name is a place's; a body's name still ends in its head word.
    ['Residents of San Orla said the pipeline exploded.', 'San Orla', 'Location'],
    ['San Orla Corporation said the pipeline exploded.', 'San Orla Corporation', 'Organization'],
    // Unknown words before a body's post and another name, or before a noun for an alliance, name a body; before a
    // spokesman, whom a person has too, they stay a person's name.
    ['Vosk Rakyat leader Anwar Kessel said it would govern.', 'Vosk Rakyat', 'Organization'],
    ['The opposition Vosk Rakyat alliance won five states.', 'Vosk Rakyat', 'Organization'],
    ['Vosk Rakyat spokesman Anwar Kessel said it would govern.', 'Vosk Rakyat', 'Person'],
    // A name between `the` (or a party's standing) and the word `party` is the party's, even one opening with a given name.
    ['Tom Baxter leads the ruling Nur Vosk party.', 'Nur Vosk', 'Organization'],
    ['Tom Baxter left the Maria Orla party in May.', 'Maria Orla', 'Organization'],
    // A political creed's adjective in a name ending in a noun names a party or movement.
    ['Ann Vale of the leftist Alternative Democratic Kessel called it a victory.', 'Alternative Democratic Kessel', 'Organization'],
    ['The Vosk Revolutionary Orla boycotted the vote.', 'Vosk Revolutionary Orla', 'Organization'],
    // Party, front and movement words of other languages, first or last, name a body.
    ['Barisan Vosk won the state election.', 'Barisan Vosk', 'Organization'],
    ['Partai Orlak lost two seats.', 'Partai Orlak', 'Organization'],
    ['The Vosk Dal won the most seats.', 'Vosk Dal', 'Organization'],
    ['The Frente Kessel lost the vote.', 'Frente Kessel', 'Organization'],
    ['The Constitutional Vosk Rally lost the vote.', 'Constitutional Vosk Rally', 'Organization'],
    // A capitalized particle between two words opens a surname, though the first is an English word.
    ['Marine Le Vosk accused the president of arrogance.', 'Marine Le Vosk', 'Person'],
    ['Banco De Chile reported a profit.', 'Banco De Chile', 'Organization'],
    ['The players were in a bar in the resort of Gros Orla.', 'Gros Orla', 'Location'],
    // A firm's noun right before a name makes it the firm's, one opening with a given name too; not a clause's subject.
    ['He left the retailer Oliver Vosk, which has 80 shops.', 'Oliver Vosk', 'Organization'],
    ['He joined the company Oliver Vosk founded.', 'Oliver Vosk', 'Person'],
    ['Midge Ure is planning the event with the promoter Harvey Vosk.', 'Harvey Vosk', 'Person'],
    // Unknown words after a preposition of place, perhaps with `the`, name a place, not a person.
    ['Police raided a house in Barra da Vosk on Monday.', 'Barra da Vosk', 'Location'],
    ['Fighting broke out in the Cordillera del Orlak.', 'Cordillera del Orlak', 'Location'],
    // A letter and a number may name a group; a numbered channel is a broadcaster.
    ['The M23 rebel group resumed talks.', 'M23', 'Organization'],
    // An acronym that may name a thing names a body before a body's noun.
    ['Members of the PCS union walked out.', 'PCS', 'Organization'],
    // Initials before a thing's noun name the thing, not a body (but a body owns its things: `NTP's technology`).
    ['Police released CCTV footage of the attack.', 'CCTV', null],
    ['The VKX software hid files on computers.', 'VKX', null],
    ["RIM licensed VKX's technology.", 'VKX', 'Organization'],
    ['Fighters of the Sudan Liberation Army left.', 'Sudan Liberation Army', 'Organization'],
    ['Listeners of Kestrel Radio 4 complained.', 'Kestrel Radio', 'Organization'],
    // A month alone is a date, however compromise tags it; `May` is a surname as often, but no place.
    ['Ann Vale, who has run Vela since January, will stay.', 'January', null],
    ['The Orlak cabinet fell in May.', 'May', null],
    ['He told the leader: "Sir, I salute your courage."', 'I', null],
    ['Most voters in Vosk voted No in the referendum.', 'No', null],
    // A national adjective of another language opens a company's or a body's name.
    ['The chairman of Deutsche Vosk, Tom Baxter, spoke.', 'Deutsche Vosk', 'Organization'],
    ['Shares in Norske Orlak fell.', 'Norske Orlak', 'Organization'],
    // A common noun for an organization before a name outweighs a word compromise takes for a person's.
    ["The localist group Civic Passion's candidate lost.", 'Civic Passion', 'Organization'],
    ['The state-owned oil exporter Vosknaft raised prices.', 'Vosknaft', 'Organization'],
    ['The Orlak channel Vosk TV was shut.', 'Vosk TV', 'Organization'],
    // A party's electoral grouping after its name is its; an adjective alone before it names none.
    ['Ann Vale, whose Vosk bloc won, spoke.', 'Vosk', 'Organization'],
    ['Ann Vale leads the Orlak alliance.', 'Orlak', 'Organization'],
    ['The Western alliance met.', 'Western', undefined],
    ['Ann Vale leads the Dignity and Vosk Platform.', 'Dignity and Vosk Platform', 'Organization'],
    // A word compromise takes for a company's, after a given name, is a surname.
    ['Christine Blasey Ford testified on Thursday.', 'Christine Blasey Ford', 'Person'],
    ['Harrison Ford starred.', 'Harrison Ford', 'Person'],
    // A number counting time after a name is no model number.
    ['The vote toppled Prime Minister Ann Vale 13 months after she took office.', 'Ann Vale', 'Person'],
    // Two unknown words are a person's name; English words, or a plural last word, are not.
    ['The Sea Org ordered staff to stay.', 'Sea Org', undefined],
    ['The Neo Democrats won two seats.', 'Neo Democrats', undefined],
    // A known given name first, or a given name's hyphenated syllables, make a person's name compromise took for a place.
    ['Yesterday Marc Lamont Hill spoke.', 'Marc Lamont Hill', 'Person'],
    // So does a listed given name compromise does not know.
    ['Domenico De Sole, of Gucci, spoke.', 'Domenico De Sole', 'Person'],
    ['Korea substituted Park Joo-Ho early.', 'Park Joo-Ho', 'Person'],
    // Venues and facilities are places, whoever runs them; a facility's word before `for` names the body it houses.
    ['Crowds visited the Adler Planetarium on Sunday.', 'Adler Planetarium', 'Location'],
    ['The shuttle goes to the Kennedy Space Center Visitor Complex.', 'Kennedy Space Center Visitor Complex', 'Location'],
    ['It will stand in the Museum of Flight soon.', 'Museum of Flight', 'Location'],
    ['He chairs the Centre for Control of Malaria at Yale.', 'Centre for Control of Malaria', 'Organization'],
    // So are squares, streets and palaces of other languages, named by their first word; their newspapers and banks are bodies.
    ['Crowds filled the Plaza de Mayo on Sunday.', 'Plaza de Mayo', 'Location'],
    ['Senators met at Palazzo Orlak on Sunday.', 'Palazzo Orlak', 'Location'],
    ['Crowds filled the Place de la Vosk on Sunday.', 'Place de la Vosk', 'Location'],
    ['He returned to the Casa Orla on Monday.', 'Casa Orla', 'Location'],
    ['Protesters marched along Jalan Kessel.', 'Jalan Kessel', 'Location'],
    ['The Vosker Zeitung reported it.', 'Vosker Zeitung', 'Organization'],
    ['The Banca Orlak said so.', 'Banca Orlak', 'Organization'],
    ['Ann Vale, the president of La Liga, said so.', 'La Liga', 'Organization'],
    ['The Greek Orthodox Church objected.', 'Greek Orthodox Church', 'Organization'],
    // A given name before a place word that is also a surname is a person's name.
    ['Shirley Temple sang on Sunday.', 'Shirley Temple', 'Person'],
    // So is one before a body's head word that is a common surname (not after `the`).
    ['The court ordered Helen Steel to pay.', 'Helen Steel', 'Person'],
    ['The choir sang at the Grace Church on Sunday.', 'Grace Church', 'Organization'],
    // So is one before a word heading the names of laws and days; not before a cup's.
    ['Peter Law died on Sunday.', 'Peter Law', 'Person'],
    ['They won the Stanley Cup on Sunday.', 'Stanley Cup', null],
    // A lone surname after a preposition of place is the town named so.
    ['The union held a rally in Hayes on Monday.', 'Hayes', 'Location'],
    // Two unknown words make a name, but not when one is a code in capitals.
    ['Nemanja Vidic spoke on Monday.', 'Nemanja Vidic', 'Person'],
    ['Users still ran Windows XP.', 'Windows XP', undefined],
    // A plural ending a name before `, who` names a group, a singular a person.
    ['She leads the Kessel Free Democrats, who backed him.', 'Kessel Free Democrats', 'Organization'],
    ['She met Imogen Hale, who backed him.', 'Imogen Hale', 'Person'],
    // A name after a word placing a party in or out of power is the party's, unless it opens with a given name.
    ["A legislator from the ruling Vosklang declared the review complete.", 'Vosklang', 'Organization'],
    ['The opposition Tom Baxter said so.', 'Tom Baxter', 'Person'],
    ['She joined the ruling Vosk Russia party.', 'Vosk', undefined],
    // A plural common noun opening a sentence before a verb of saying or `, who` is a group, not a person.
    ['Unions warned that jobs could go.', 'Unions', undefined],
    ['Opponents, who ranged from the far right to the left, said it went too far.', 'Opponents', undefined],
    ['Vosk, who ranged from the far right to the left, said it went too far.', 'Vosk', 'Person'],
    // A person's possessive before a company is the person's, whatever compromise tags it; the company's own is the company's.
    ["Ann Vale's Orlak Holdings declined to comment.", "Ann Vale's", 'Person'],
    ["Orlak Holdings's board declined to comment.", "Orlak Holdings's", 'Organization'],
    // A company's line of business, a campaign, a military unit.
    ['It will run Orlak Aircraft as a separate company.', 'Orlak Aircraft', 'Organization'],
    ['He flew on Vosk Air Lines.', 'Vosk Air Lines', 'Organization'],
    ['Ann Vale sued Orla Books last October.', 'Orla Books', 'Organization'],
    ['Soldiers of the Kessel Regiment were accused.', 'Kessel Regiment', 'Organization'],
    ['The board rejected a bid from Vosk Foods.', 'Vosk Foods', 'Organization'],
    ['The Orla Debt Campaign criticised it.', 'Orla Debt Campaign', 'Organization'],
    // Initials ending a name make a body's name, even initials compromise reads as a given name (`EVA`).
    ['He said the Provisional EVA was behind it.', 'Provisional EVA', 'Organization'],
    // A place and a club's word name a club.
    ['He joined Orla Rovers in 2001.', 'Orla Rovers', 'Organization'],
    // Capitalized ordinary words that judge or are judged name a body; with a word no dictionary knows, they may not.
    ['The union blamed Gate Orchard for the dispute.', 'Gate Orchard', 'Organization'],
    ['Rough Meadow condemned the ruling.', 'Rough Meadow', 'Organization'],
    ['He had urged Than Vosk, the minister, to stop.', 'Than Vosk', undefined],
    // Words of the dictionary after `for` or `of` name an office's field, not a speaker; a name's do.
    ['Ann Vale, the High Commissioner for Human Rights, said so.', 'Human Rights', undefined],
    ['A spokesman for Mark Brown said so.', 'Mark Brown', 'Person'],
  ])('reads %j: %s is %s', (text, name, type) => {
    expect(classify(text, name)).toBe(type);
  });

  it.each([
    ['Vosk, too, has criticized the plan.', 'Vosk', 'Person'],
    ['The senator praised Vosk for his work.', 'Vosk', 'Person'],
    // Not after an article or a modifier, not before a pause, not qualifying a noun, not a word of another kind.
    ['The Taoiseach dismissed the charge.', 'Taoiseach', undefined],
    ['Rescuers working with Orlak, denounced the deal.', 'Orlak', undefined],
    ['He accused Vosk members of lying.', 'Vosk', undefined],
    ["He rejected Vosk's claim.", 'Vosk', undefined],
  ])('reads a lone name as a person when it judges or is judged in %j: %s is %s', (text, name, type) => {
    expect(classify(text, name)).toBe(type);
  });

  it.each([
    ['Defence Secretary Lee Park said the fleet would grow.', 'Lee Park', 'Person'],
    ['Senator Ann Hall voted no.', 'Ann Hall', 'Person'],
    ['Ms Steel said she would appeal.', 'Steel', 'Person'],
  ])('reads a name after a title in %j: %s is %s, a place or body word its surname', (text, name, type) => {
    expect(classify(text, name, true)).toBe(type);
  });
});
