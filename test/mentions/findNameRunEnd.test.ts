import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { findNameRunEnd } from '../../src/mentions/findNameRunEnd';
import { matchTitleAt } from '../../src/mentions/matchTitleAt';
import { tokensOf } from '../helpers/tokensOf';

// The capitalized name that findNameRunEnd reads from the first word of `name` in `text`; a title or a known name
// starts another name, as in findMentionCandidates.
function runFrom(text: string, name: string): string {
  const tokens = tokensOf(text);
  const knowledge = defaultKnowledge();
  const first = tokens.findIndex((token) => token.start === text.indexOf(name));
  const startsOther = (at: number) => matchTitleAt(tokens, at, knowledge) !== undefined || knowledge.gazetteer.entries.has(tokens[at]?.key ?? '');
  const last = findNameRunEnd(tokens, first, startsOther);
  return text.slice(tokens[first]?.start, tokens[last]?.end);
}

describe('findNameRunEnd', () => {
  it.each([
    // A facility's head word takes `of` (`Museum of Flight`), and a title after the words it links ends the name.
    ['The Museum of Flight CEO Bonnie Dunbar spoke.', 'Museum', 'Museum of Flight'],
    ['Shuttles went to the National Museum of the Air Force last year.', 'National', 'National Museum of the Air Force'],
    // `and` joins no second name to a name ending in a head word.
    ['The Irving School District and the Irving Police Department disagreed.', 'Irving', 'Irving School District'],
    ['The Bureau of Fisheries and Aquatic Resources replied.', 'Bureau', 'Bureau of Fisheries and Aquatic Resources'],
    // `to` after a head word goes on before the capitalized words of what the body is for, and its list of subjects.
    ['The Committee to Protect Journalists replied.', 'Committee', 'Committee to Protect Journalists'],
    ['The Global Fund to Fight Aids, Tuberculosis and Malaria replied.', 'Global', 'Global Fund to Fight Aids, Tuberculosis and Malaria'],
    ['Ann Vale sent the Commission to Kabul in May.', 'Commission', 'Commission'],
    ['The Senate Committee to Vote on Bill', 'Senate', 'Senate Committee'],
    // A body's subjects listed after its connector go on past commas to `and`; names listed after it do not.
    ['The Department for Culture, Media and Sport replied.', 'Department', 'Department for Culture, Media and Sport'],
    ['The Ministry of Justice, Barclays and HSBC replied.', 'Ministry', 'Ministry of Justice'],
    ['The Ministry of Defence, France and Spain replied.', 'Ministry', 'Ministry of Defence'],
    // French `des` joins the words of a name as `de` does.
    ['He ran the Compagnie Generale des Orlak until 1996.', 'Compagnie', 'Compagnie Generale des Orlak'],
    // A given name's syllables joined by a hyphen belong to it; a verb or adjective after a hyphen does not.
    ['Kwok Ka-ki won a seat.', 'Kwok', 'Kwok Ka-ki'],
    ['Lee Joo-ho scored.', 'Lee', 'Lee Joo-ho'],
    ['Tom Lane-backed candidates lost.', 'Tom', 'Tom Lane'],
    // However compromise tags the second syllable (`un` and `in` as words of their own), and however long.
    ['North Korean leader Kim Jong-un issued an order.', 'Kim', 'Kim Jong-un'],
    ['President Moon Jae-in met him.', 'Moon', 'Moon Jae-in'],
    ['Leung Che-cheung, a councillor, won.', 'Leung', 'Leung Che-cheung'],
    ['Leung Kwok-hung spoke.', 'Leung', 'Leung Kwok-hung'],
    ['He criticized President Lee Joo-ho\'s government.', 'Lee', 'Lee Joo-ho\'s'],
    ['Rhee In-je of the Vosk Party spoke.', 'Rhee', 'Rhee In-je'],
    ['Members of the Congress for New Politics and Rhee In-je spoke.', 'Congress', 'Congress for New Politics'],
    ['Joe Biden-era rules stayed.', 'Joe', 'Joe Biden'],
    // An ordinal in figures after a connector is a word of the name before a capitalized word, not before a date's.
    ['Ann Vale of the Court of Appeals for the 7th Circuit ruled.', 'Court', 'Court of Appeals for the 7th Circuit'],
    ['The Court of Appeals for the 7th of May ruled.', 'Court', 'Court of Appeals'],
    // Common words joined by `and` and ending in an organization's head word are one name; a day after a connector is none.
    ['The Securities and Exchange Commission fined them.', 'Securities', 'Securities and Exchange Commission'],
    ['The Federal Trade Commission on Wednesday fined them.', 'Federal', 'Federal Trade Commission'],
    // A place's or people's word, or an acronym, may open them, but not a name on both sides of `and` (two firms).
    ['The US Patent and Trademark Office ruled.', 'US', 'US Patent and Trademark Office'],
    ['The Vosk Electricity and Water Authority said.', 'Vosk', 'Vosk Electricity and Water Authority'],
    ['Shares in Vosk Steel and Vosk Motors fell.', 'Vosk', 'Vosk Steel'],
    // An office's title whose possessive goes on to a body's head word is a word of the body's name.
    ["A spokesman for the Vosk Public Prosecutor's Office said so.", 'Vosk', "Vosk Public Prosecutor's Office"],
    ["The Special Prosecutor's Office said so.", 'Special', "Special Prosecutor's Office"],
    // Not in a list of names: each item is a name of its own.
    ['It signed with Kessel Airlines, Orla Air Lines and Vosk Airlines.', 'Orla', 'Orla Air Lines'],
    // A possessive word of the dictionary goes on to the body's head word; a name's, no English word, is its owner's.
    ['The Vosk People\'s Liberation Army replied.', 'Vosk', 'Vosk People\'s Liberation Army'],
    ['Orlak Vosk\'s Unity Party replied.', 'Orlak', 'Orlak Vosk\'s'],
    ['Gifts went to Vosk A&M\'s Engineering Department.', 'Vosk', 'Vosk A&M\'s Engineering Department'],
    // A plural's possessive goes on to the body's head word (`Review Body`).
    ['He said the Kessel Drivers\' Review Body had met.', 'Kessel', 'Kessel Drivers\' Review Body'],
    // A firm's partners joined by an ampersand make its whole name: `and` after them joins another firm.
    ['Investors, including Vosk & Orla and Kessel Life, backed the board.', 'Vosk', 'Vosk & Orla'],
    // Words joined by `and` into a body's name take a union's word in lower case; a lone name does not.
    ['Members of the Clerical and Technical Services union walked out.', 'Clerical', 'Clerical and Technical Services union'],
    ['Members of the Vosk union walked out.', 'Vosk', 'Vosk'],
    // After a connector, `in` and capitalized common words go on; a place after `in` is where the body is.
    ['Ann Vale, chairman of the Committee on Standards in Public Life, spoke.', 'Committee', 'Committee on Standards in Public Life'],
    ['The Ministry of Defence in London said so.', 'Ministry', 'Ministry of Defence'],
    ['The Vosk Committee on Trade in March voted.', 'Vosk', 'Vosk Committee on Trade'],
    // `of` before a known name's possessive names the body this one is part of; a possessive of words is the name's.
    ["The Quds Force of Iran's Revolutionary Guard left.", 'Quds', 'Quds Force'],
    ["The Ministry of Women's Affairs said.", 'Ministry', "Ministry of Women's Affairs"],
    // `and` after a company's legal form adds another company.
    ['Vosk Bank NV and Orla Groep NV lost.', 'Vosk', 'Vosk Bank NV'],
    // After a connector, a head word is a subject, and `and` adds another that heads nothing.
    ['Officials of the Kessel Ministry of Foreign Affairs and Trade met.', 'Kessel', 'Kessel Ministry of Foreign Affairs and Trade'],
    ['She trained at the Orla School of Music and Drama.', 'Orla', 'Orla School of Music and Drama'],
    ['The Ministry of Foreign Affairs and Britain agreed.', 'Ministry', 'Ministry of Foreign Affairs'],
    // A prefix the tokenizer cut from its word stays with it.
    ['Delegates of the Council for Trade and Co-operation in Orla met.', 'Council', 'Council for Trade and Co-operation'],
    // A word of the dictionary hyphened to a lower-case one is a word of the name the name goes on after; not a
    // participle's modifier.
    ['The Radio-television and Telecommunications Commission ruled.', 'Radio', 'Radio-television and Telecommunications Commission'],
    ['The Murchison Radio-astronomy Observatory opened.', 'Murchison', 'Murchison Radio-astronomy Observatory'],
    ['The Western-backed Future Movement won.', 'Western', 'Western'],
    // A plural noun opening the sentence is the body's people, not a word of its name.
    ['Members of the University and College Union walked out.', 'Members', 'Members'],
    ['He joined Friends of the Kessel University.', 'Friends', 'Friends of the Kessel University'],
    // A title's word after a given name, with no name after it, is a surname; before a name it is a title.
    ['But Peter King, R-N.Y., said no.', 'Peter', 'Peter King'],
    ['Peter King said no.', 'Peter', 'Peter King'],
    // A person's name takes no `of`: the party after it is its own name.
    ['Tanya Chan of the Civic Party won.', 'Tanya', 'Tanya Chan'],
    ['Kwong Chun-yu of the Democratic Party won.', 'Kwong', 'Kwong Chun-yu'],
    // A caption's label, a credit's person and a bracketed abbreviation end the name before them.
    ['He tweeted to student Ahmed Mohamed Image: Twitter.', 'Ahmed', 'Ahmed Mohamed'],
    ['The launch. Image: NASA Bill Ingalls.', 'NASA', 'NASA'],
    ["The Korean People's Army [KPA] moved.", 'Korean', "Korean People's Army"],
    // A plural's possessive goes on into a place's name too; a singular's ends the name (its owner's).
    ["He worked at Alder Hey Children's Hospital in Liverpool.", 'Alder', "Alder Hey Children's Hospital"],
    ["Crowds filled Tahrir Martyrs' Square again.", 'Tahrir', "Tahrir Martyrs' Square"],
    ["He met Vosk Kessel's Hospital staff.", 'Vosk', "Vosk Kessel's"],
    // A capitalized function word opens a sentence the text ran on into, unless it is a surname before a preposition.
    ["DAB's Elizabeth Quat In the New Territories, voters chose.", 'Elizabeth', 'Elizabeth Quat'],
    ['James To of the Democratic Party won.', 'James', 'James To'],
    // A vessel's prefix is part of its name, and an acronym before common words is no credit.
    ['The BRP Sierra Madre ran aground.', 'BRP', 'BRP Sierra Madre'],
  ])('reads in %j from %j the name %j', (text, from, expected) => {
    expect(runFrom(text, from)).toBe(expected);
  });
});
