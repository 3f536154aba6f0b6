import { locateMentions } from '../../src/explorer/locateMentions';

describe('locateMentions', () => {
  it.each([
    ['US Secretary of State Marco Rubio said so.', ['Marco Rubio', 'Rubio'], [[22, 33]]],
    ['Rubio met Yermak; Rubio left.', ['Marco Rubio', 'Rubio'], [[0, 5], [18, 23]]],
    ['He told us the US would act.', ['United States', 'US'], [[15, 17]]],
    ['who led the American delegation', ['United States', 'American', 'America'], [[12, 20]]],
    ['Ukraine’s leaders and the Ukrainians', ['Ukraine', 'Ukrainians'], [[0, 7], [26, 36]]],
    ['Kyivstar is a company', ['Kyiv'], []],
    ['A (bracketed) name [x]', ['(bracketed)', '[x]'], [[2, 13], [19, 22]]],
    ['nothing here', ['', ' '], []],
  ])('finds the names in %j', (sentence, names, spans) => {
    expect(locateMentions(sentence, names)).toEqual(spans);
  });
});
