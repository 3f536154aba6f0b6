import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import type { GazetteerEntry } from '../../src/knowledge/GazetteerEntry';
import { partyGazetteerEntries } from '../../src/knowledge/partyGazetteerEntries';

describe('partyGazetteerEntries', () => {
  const { entries } = defaultKnowledge().gazetteer;
  const parties = (phrase: string) => (entries.get(phrase) ?? []).filter((entry) => entry.kind === 'party');
  const line = (entry: GazetteerEntry) => `${entry.entityId} ${entry.countryId ?? '-'}${entry.needsCountry ? ' needs-country' : ''}`;

  it.each([
    ['fianna fail', ['organization:ireland-fianna-fail country:ireland']],
    ['scottish national party', ['organization:united-kingdom-scottish-national-party country:united-kingdom']],
    ['tories', ['organization:canada-conservative-party-of-canada country:canada', 'organization:united-kingdom-conservative-party country:united-kingdom']],
    ['lib dems', ['organization:united-kingdom-liberal-democrats country:united-kingdom']],
    ['gop', ['organization:united-states-republican-party country:united-states']],
    ['democrats', ['organization:united-states-democratic-party country:united-states needs-country']],
    ['alternative for germany', ['organization:germany-alternative-for-germany country:germany']],
    // A party's branch in a nation of the United Kingdom is a party of its own.
    ['scottish tory', ['organization:united-kingdom-scottish-conservatives country:united-kingdom']],
    ['welsh lib dems', ['organization:united-kingdom-welsh-liberal-democrats country:united-kingdom']],
    // Northern Ireland's parties by their everyday adjectives.
    ['ulster unionist', ['organization:united-kingdom-ulster-unionist-party country:united-kingdom']],
    ['democratic unionists', ['organization:united-kingdom-democratic-unionist-party country:united-kingdom']],
    // A member's word names the party of the article's country (`X, a Social Democrat`).
    ['social democrat', [
      'organization:austria-social-democratic-party-of-austria country:austria needs-country',
      'organization:denmark-social-democrats country:denmark needs-country',
      'organization:finland-suomen-sosialidemokraattinen-puolue country:finland needs-country',
      'organization:germany-social-democratic-party-of-germany country:germany needs-country',
      'organization:portugal-social-democratic-party country:portugal needs-country',
      'organization:sweden-socialdemokratiska-arbetarepartiet country:sweden needs-country',
    ]],
    // A short word of another language names its party only in an article about the party's country (`Ernest Bai Koroma`).
    ['bai', ['organization:spain-nafarroa-bai country:spain needs-country']],
    // A name that says which party it is anywhere names it without `Party` too.
    ['new zealand first', ['organization:new-zealand-new-zealand-first-party country:new-zealand']],
    ['latvia first', ['organization:latvia-latvia-first country:latvia']],
    // A name opening with its country's name is written with the country's initials too.
    ['nz first', ['organization:new-zealand-new-zealand-first-party country:new-zealand']],
    ['nz labour party', ['organization:new-zealand-new-zealand-labour-party country:new-zealand']],
    // A party named by an ordinary word, in an article about its country only.
    ['respect', ['organization:united-kingdom-respect-the-unity-coalition country:united-kingdom needs-country']],
  ])('knows %j as a party of its country', (phrase, expected) => {
    expect(parties(phrase).map(line).sort()).toEqual(expected);
  });

  it('knows one word shared by several countries\' parties as each of them, needing the article\'s country', () => {
    const labour = parties('labour');
    expect(labour.map((entry) => entry.countryId)).toEqual(expect.arrayContaining(['country:united-kingdom', 'country:ireland', 'country:new-zealand']));
    expect(labour.every((entry) => entry.needsCountry)).toBe(true);
  });

  it('names a renamed party by its new name and no longer by a retired one', () => {
    expect(parties('liberal democrats').map((entry) => entry.name)).toContain('Liberal Democrats');
    expect(parties('liberal party').map((entry) => entry.entityId)).not.toContain('organization:united-kingdom-liberal-democrats');
  });

  it('writes an acronym to be matched in its case only', () => {
    expect(parties('afd').map((entry) => [entry.phrase, entry.exactCase])).toEqual([['AfD', true]]);
  });

  // (`Roman Catholic`: not the shorter name of one that says which party it is only in its country's news.)
  it.each([['laos'], ['the left'], ['alliance'], ['attack'], ['dna'], ['roman catholic']])('leaves %j to its other meaning or to context', (phrase) => {
    expect(parties(phrase)).toEqual([]);
  });

  it('gives no party of a country it does not know', () => {
    expect(partyGazetteerEntries(new Map(), () => false)).toEqual([]);
  });
});
