import institutions from '../../src/knowledge/data/institutions.json';
import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';

describe('defaultKnowledge', () => {
  const { gazetteer, titles } = defaultKnowledge();
  const lookup = (phrase: string) => gazetteer.entries.get(phrase)?.map((entry) => `${entry.entityId}/${entry.kind}`);

  it.each(Object.entries(institutions.sharedChamberNames.countries))('knows every country whose chamber is called %s', (name, codes) => {
    const sharedBy = gazetteer.entries.get(name.toLowerCase())?.find((entry) => entry.sharedBy)?.sharedBy;
    expect(sharedBy).toHaveLength(codes.length);
    expect(sharedBy).toContain('country:united-states');
  });

  it.each([
    ['united states', 'country:united-states/name'],
    ['america', 'country:united-states/alias'],
    ['washington', 'country:united-states/capital'],
    ['kyiv', 'country:ukraine/capital'],
    ['kiev', 'country:ukraine/capital'],
    // A state of limited recognition's capital, where listed.
    ['taipei', 'country:taiwan/capital'],
    ['pristina', 'country:kosovo/capital'],
    ['ukrainian', 'country:ukraine/demonym'],
    ['americans', 'country:united-states/demonym'],
    ['british', 'country:united-kingdom/demonym'],
    // Demonyms that are nouns take a plural (`Greeks`, `Slovaks`, `Czechs`); the adjectival ones do not (`French`).
    ['greeks', 'country:greece/demonym'],
    ['slovaks', 'country:slovakia/demonym'],
    ['czechs', 'country:czechia/demonym'],
    ['icelanders', 'country:iceland/demonym'],
    // Everyday adjectives world-countries lacks (it has `Uzbekistani`, `Argentine`).
    ['uzbek', 'country:uzbekistan/demonym'],
    ['argentinian', 'country:argentina/demonym'],
    // Everyday short names world-countries lacks.
    ['bosnia', 'country:bosnia-and-herzegovina/alias'],
    ['trinidad', 'country:trinidad-and-tobago/alias'],
    ['st lucia', 'country:saint-lucia/alias'],
    ["cote d'ivoire", 'country:ivory-coast/alias'],
    // Headline abbreviations.
    ['s korea', 'country:south-korea/alias'],
    ['n korea', 'country:north-korea/alias'],
    ['nato', 'organization:nato/organization'],
    ['kremlin', 'organization:kremlin/institution'],
    ['ecowas', 'organization:economic-community-of-west-african-states/organization'],
    ['mercosur', 'organization:mercosur/organization'],
    // Forums named by their number of members, in words or figures.
    ['group of 20', 'organization:g20/organization'],
    ['g77', 'organization:group-of-77/organization'],
    // International courts, however a paper capitalizes them (`the European court of justice`).
    ['european court of justice', 'organization:european-court-of-justice/organization'],
    ['cjeu', 'organization:european-court-of-justice/organization'],
    ['scotland yard', 'organization:metropolitan-police/organization'],
    // Former states are countries of their time, with their demonyms.
    ['soviet union', 'country:soviet-union/name'],
    ['yugoslav', 'country:yugoslavia/demonym'],
    // A dependent territory is a place; a state of limited recognition, or a region that governs itself, a country.
    ['jersey', 'location:jersey/place'],
    ['cayman islands', 'location:cayman-islands/place'],
    ['kosovo', 'country:kosovo/name'],
    ['taiwan', 'country:taiwan/name'],
    ['hong kong', 'country:hong-kong/name'],
    // An organization's seat stands for it as a capital does for a country, and never names its node.
    ['brussels', 'organization:european-union/capital'],
    ['european', 'location:europe/demonym'],
    // World regions whose names hold a country's word are the regions (`Central America` is no America).
    ['central america', 'location:central-america/region'],
    ['sub saharan africa', 'location:sub-saharan-africa/region'],
    // News organizations.
    ['the guardian', 'organization:the-guardian/media'],
    ['xinhua', 'organization:xinhua/media'],
    // Cities of 100,000 people or more and first-level regions, after every other meaning of their names.
    ['toronto', 'location:toronto/place'],
    ['ontario', 'location:ontario/place'],
    ['volgograd', 'location:volgograd/place'],
    ['massachusetts', 'location:massachusetts/place'],
    // A city of a million people by a name people bear too; a name of several words that holds a given name.
    ['houston', 'location:houston/place'],
    ['sydney', 'location:sydney/place'],
    ['stoke on trent', 'location:stoke-on-trent/place'],
    // Listed companies, by their names with and without their legal forms; one listed by a town's name is the company.
    ['centrica', 'organization:centrica/company'],
    ['deutsche telekom', 'organization:deutsche-telekom/company'],
    ['aegon nv', 'organization:aegon/company'],
    // (`Adobe` alone is a word.)
    ['adobe inc', 'organization:adobe-inc/company'],
    ['toyota', 'organization:toyota/company'],
    // A surname few people bear is a company's name all the same.
    ['ferrari', 'organization:ferrari/company'],
    ['siemens', 'organization:siemens/company'],
    // A name its source wrote with a disambiguation in brackets (`Rio Tinto (corporation)`) is known without it.
    ['rio tinto', 'organization:rio-tinto/company'],
    ['metso', 'organization:metso/company'],
    // A name shortened from its listing (Berkeley Group Holdings) keeps its other meaning.
    ['berkeley', 'location:berkeley/place'],
  ])('knows %j as %s', (phrase, expected) => {
    expect(lookup(phrase)).toContain(expected);
  });

  // Cities named like English words (Mobile, Reading, Surprise) or given names (Victoria, Norman) are ambiguous too.
  // (So are smaller cities named like people, `Preston`, and whole persons' names, `Benito Juarez`.)
  it.each([['congolese'], ['congo'], ['dominican'], ['victoria'], ['mobile'], ['reading'], ['surprise'], ['norman'], ['preston'], ['benito juarez']])('leaves out the ambiguous %j', (phrase) => {
    expect(lookup(phrase)).toBeUndefined();
  });

  it.each([['frenchs'], ['britishs'], ['chineses']])('makes no plural of the adjectival demonym in %j', (phrase) => {
    expect(lookup(phrase)).toBeUndefined();
  });

  it.each([['apple'], ['shell'], ['next'], ['target'], ['morrison'], ['pearson'], ['campbell'], ['ralph lauren']])('knows no company by the ordinary word or person\'s name %j', (phrase) => {
    expect(lookup(phrase)?.filter((entry) => entry.endsWith('/company')) ?? []).toEqual([]);
  });

  it.each([['toyota'], ['berkeley']])('gives %j one meaning, a company\'s or a town\'s', (phrase) => {
    expect(lookup(phrase)).toHaveLength(1);
  });

  it.each([['leeds', 'country:united-kingdom'], ['ohio', 'country:united-states'], ['birmingham', undefined]])('gives the place %j the one country it lies in: %j', (phrase, country) => {
    expect(gazetteer.entries.get(phrase)?.map((entry) => entry.countryId)).toEqual([country]);
  });

  it('matches short all-capital forms only in that case', () => {
    expect(gazetteer.entries.get('us')?.every((entry) => entry.exactCase)).toBe(true);
  });

  it('knows multi-word office titles', () => {
    expect(titles.get('secretary of state')).toBe('Secretary of State');
  });

  it.each([['professor'], ['co founder'], ['spokesman'], ['minister']])('knows %j as a role noun, by its key', (noun) => {
    expect(defaultKnowledge().roleNouns.has(noun)).toBe(true);
  });

  it.each([
    ['kessel', true],
    ['baxter', true],
    // Common English words and short names are left out.
    ['brown', false],
    ['young', false],
    ['li', false],
  ])('knows %j as a common surname: %s', (name, known) => {
    expect(defaultKnowledge().surnames.has(name)).toBe(known);
  });

  it.each([
    ['organization:european-union', 'bloc'],
    ['organization:nato', 'alliance'],
    ['organization:international-atomic-energy-agency', 'watchdog'],
  ])('knows the common noun news uses for %s once named', (id, noun) => {
    expect(defaultKnowledge().referenceNouns.get(id)).toContain(noun);
  });

  it('gives every reference noun to an organization the gazetteer knows', () => {
    const known = new Set([...gazetteer.entries.values()].flat().map((entry) => entry.entityId));
    expect([...defaultKnowledge().referenceNouns.keys()].filter((id) => !known.has(id))).toEqual([]);
  });
});
