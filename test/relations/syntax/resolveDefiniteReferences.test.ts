import { relationLines } from '../../helpers/extractText';

// Through extractDocument: the references only matter to the relations they let the rules read.
describe('resolveDefiniteReferences', () => {
  it.each([
    ['The European Union raised tariffs. Beijing criticized the bloc on Monday.', ['country:china CRITICIZED organization:european-union']],
    ['The UN Security Council met. The RSF accused the council of siding with the army.', ['organization:rsf CRITICIZED organization:un-security-council']],
    ['NATO met in Vilnius. The alliance warned Russia against escalation.', ['organization:nato PRESSURED country:russia']],
    // A name's head noun ends before what the body is for.
    ['The Alliance to End Hunger met. Ann Vale accused the alliance of lying.', ['person:ann-vale CRITICIZED organization:alliance-to-end-hunger']],
    ['The International Atomic Energy Agency reported. Iran accused the watchdog of bias.', ['country:iran CRITICIZED organization:international-atomic-energy-agency']],
    // The most recent organization with the noun is meant.
    ['The African Union met. Chad criticized the union. The European Union met. Mali criticized the union.', ['country:chad CRITICIZED organization:african-union', 'country:mali CRITICIZED organization:european-union']],
    // A noun the text itself writes for the body: after its name, before it, or heading an apposition.
    ['The RMT union met. Ann Vale accused the union of lying.', ['person:ann-vale CRITICIZED organization:rmt']],
    ['Vela, the catering company, sacked 600 staff. Ann Vale accused the company of bullying.', ['person:ann-vale CRITICIZED organization:vela']],
    // A listed company the article is about is `the company` in its own sentence or the next, called so or not.
    ['Ofwat fined Centrica. The GMB union, which represents Centrica workers, accused the company of greed.', ['organization:ofwat SANCTIONED organization:centrica', 'organization:gmb CRITICIZED organization:centrica']],
    ['Ofwat fined Centrica. Prices rose in May. Tom Baxter spoke in Oslo. The GMB union accused the company of greed.', ['organization:ofwat SANCTIONED organization:centrica']],
    // So is one the article shows to be a company: by its shares, profits or dividend, or its legal form.
    ["Vosk Foods met. Vosk Foods's shareholders voted. Ann Vale accused the company of greed.", ['person:ann-vale CRITICIZED organization:vosk-foods']],
    ['Shares in Vosk Foods fell. Ann Vale accused the company of greed.', ['person:ann-vale CRITICIZED organization:vosk-foods']],
    // (A board and a chief executive do not make a company: a regulator has them too.)
    ["The Vosk Agency met. The Vosk Agency's board voted. Ann Vale accused the company of greed.", []],
    // Not one the article names in passing.
    ['The Vosk Agency met. The Vosk Agency voted. Tom Baxter, who banks with Barclays, accused the company of greed.', []],
    // `the organisation`: the body the article has named most, not one named last in passing.
    ['The Vosk Agency met. The Vosk Agency voted. Tom Baxter, who bypassed the Orla Council, urged the organisation to reform.', ['person:tom-baxter PRESSURED organization:vosk-agency']],
    // So is `the board`, a body's own.
    ['Vosk Foods rejected the bid. Vosk Foods said it was too low. Orla Capital, a large shareholder, urged the board to reconsider.', ['organization:orla-capital PRESSURED organization:vosk-foods']],
    ['Vosk Foods rejected the bid. Vosk Foods said it was too low. Orla Capital accused the management of destroying value.', ['organization:orla-capital CRITICIZED organization:vosk-foods']],
    // A noun named last some sentences back in passing means the body the article is about, named more.
    [
      'The Vosk Union met. The Vosk Union voted. The Orla Union disagreed. Tom Baxter spoke in Oslo. Ann Vale accused the union of lying.',
      ['person:ann-vale CRITICIZED organization:vosk-union'],
    ],
    // Referred back to, a body counts as named: the one the article is about, more than one named once in passing.
    [
      'The Vosk Union met. Ann Vale accused the union of lying. Tom Baxter criticized the union. The Orla Union disagreed. Prices rose in May. Mia Holt accused the union of greed.',
      ['person:ann-vale CRITICIZED organization:vosk-union', 'person:tom-baxter CRITICIZED organization:vosk-union', 'person:mia-holt CRITICIZED organization:vosk-union'],
    ],
    // Named as often, the one named first, which the story led with; not when the other was named a sentence or two before.
    ['The Vosk Union and the Orla Union voted. Prices rose in May. Tom Baxter spoke in Oslo. Mia Holt sang. Ann Vale accused the union of lying.', ['person:ann-vale CRITICIZED organization:vosk-union']],
    ['The Vosk Union met. Prices rose in May. The Orla Union met. Tom Baxter spoke in Oslo. Ann Vale accused the union of lying.', ['person:ann-vale CRITICIZED organization:orla-union']],
    // Named in the sentence before, it is meant however often another was.
    ['The Vosk Union met. The Vosk Union voted. The Orla Union disagreed. Ann Vale accused the union of lying.', ['person:ann-vale CRITICIZED organization:orla-union']],
    // `the House` is a chamber (in American news the House of Representatives), never the White House, whose last word it is.
    [
      'The White House chief of staff, Tom Baxter, spoke. The House majority leader, Ann Vale, accused the President of lying.',
      ['person:tom-baxter HOLDS_ROLE organization:white-house', 'person:ann-vale HOLDS_ROLE organization:us-house-of-representatives'],
    ],
  ])('reads a definite noun as the organization named before it in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  const BRITISH = 'Labour and the Conservatives clashed in the Commons, and the Liberal Democrats joined the Tories in Westminster.';

  it('reads "the party" as the party named last, whatever its name\'s head', () => {
    const lines = relationLines(`${BRITISH} The Lib Dems met in Harrogate. Ann Vale, the party's chief executive, spoke.`);
    expect(lines).toContain('person:ann-vale HOLDS_ROLE organization:united-kingdom-liberal-democrats');
  });
  it('reads "the party" as the party its own sentence names before it, however often the article names another', () => {
    const lines = relationLines("The Liberal Democrats met in Brighton. The Lib Dems voted for the plan. The Tory chairman, Ann Vale, who ran the party's campaign, spoke.");
    expect(lines.filter((line) => line.startsWith('person:ann-vale') && line.endsWith('liberal-democrats'))).toEqual([]);
  });
  it('reads "the party" as the party the article names most, not one named last in passing', () => {
    const text = 'The Liberal Democrats met in Brighton. The Lib Dems voted for the plan. Conservative leader Tom Baxter criticised it. Ann Vale, the party\'s home affairs spokesman, defended the plan.';
    expect(relationLines(text)).toContain('person:ann-vale HOLDS_ROLE organization:united-kingdom-liberal-democrats');
  });
  it.each([
    // The party the article names most, not the one named last.
    [`${BRITISH} The Lib Dems met in Harrogate. The Lib Dems voted. Party president Ann Vale said so.`, 'person:ann-vale HOLDS_ROLE organization:united-kingdom-liberal-democrats'],
    [`${BRITISH} The Tories met. Labour came second. Labour lost. Party president Ann Vale said so.`, 'person:ann-vale HOLDS_ROLE organization:united-kingdom-labour-party'],
    // The one party the sentence names.
    [`${BRITISH} Labour came second. Labour lost. Party leader Ann Vale said the Tories would win.`, 'person:ann-vale HOLDS_ROLE organization:united-kingdom-conservative-party'],
  ])('reads "Party" opening a sentence before a party post as the party meant in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });

  it.each([
    [`${BRITISH} Ann Vale accused the government of acting first.`, 'person:ann-vale CRITICIZED country:united-kingdom'],
    [`${BRITISH} The Vosk Trust called on the authorities to release Tom Baxter.`, 'organization:vosk-trust PRESSURED country:united-kingdom'],
    // A word saying which of the country's governments is meant.
    [`${BRITISH} Ann Vale accused the new government of acting first.`, 'person:ann-vale CRITICIZED country:united-kingdom'],
    // Another country's government is named with it.
    [`${BRITISH} Ann Vale accused the government of Chad of acting first.`, 'person:ann-vale CRITICIZED country:chad'],
  ])('reads "the government" or "the authorities" as the government of the country the article is about in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });

  it.each([
    // A government of a part of the country.
    [`${BRITISH} Ann Vale accused the regional government of acting first.`],
  ])('reads no country in %j', (text) => {
    expect(relationLines(text).filter((line) => line.startsWith('person:ann-vale CRITICIZED'))).toEqual([]);
  });

  it.each([
    [`${BRITISH} Ann Vale accused ministers of failing to act.`, ['person:ann-vale CRITICIZED country:united-kingdom']],
    [`${BRITISH} Ann Vale urged ministers to act.`, ['person:ann-vale PRESSURED country:united-kingdom']],
    // Ministers named before, another body's, or named with their own country.
    [`${BRITISH} Ann Vale criticised the ministers.`, []],
    [`${BRITISH} Ann Vale criticised ministers of the bloc.`, []],
    [`${BRITISH} Ann Vale criticised senior ministers.`, []],
  ])('reads "ministers" alone after a verb as the government of the country the article is about in %j', (text, expected) => {
    expect(relationLines(text).filter((line) => line.startsWith('person:ann-vale'))).toEqual(expected);
  });

  it.each([
    ['The House of Commons debated the bill. The Vosk Council had urged MPs to reject it.', ['organization:vosk-council PRESSURED organization:house-of-commons']],
    ['The House of Lords debated the bill. The Vosk Council had urged peers to reject it.', ['organization:vosk-council PRESSURED organization:house-of-lords']],
    // Some members, a party's, or members of a chamber the article does not name, are not the chamber.
    ['The House of Commons debated the bill. The Vosk Council had urged Labour MPs to reject it.', ['organization:vosk-council PRESSURED organization:united-kingdom-labour-party']],
    ['The House of Commons debated the bill. The Vosk Council had urged 200 MPs to reject it.', []],
    ['The Vosk Council had urged MPs to reject the bill.', []],
  ])('reads a chamber\'s members alone after a verb as the one chamber the article names in %j', (text, expected) => {
    expect(relationLines(text).filter((line) => line.startsWith('organization:vosk-council'))).toEqual(expected);
  });

  it.each([
    ['Sports Minister Ann Vale accused the Australians of arrogance.', ['person:ann-vale CRITICIZED country:australia']],
    ['Iran criticised the French, who had sent troops.', ['country:iran CRITICIZED country:france']],
    // A demonym modifying a noun, or one national.
    ['Vosk Software thanked the German police for their work.', []],
    ['Ann Vale defended the Argentine, who had done nothing wrong.', []],
  ])('reads "the" and a plural demonym heading its phrase as the country in %j', (text, expected) => {
    expect(relationLines(text).filter((line) => !line.includes('HOLDS_ROLE'))).toEqual(expected);
  });

  it.each([
    ['Chile and Peru met. Ann Vale accused the government of acting first.'],
    // A foreign ministry speaks of another government as often as of its own.
    ['Chile and Peru met. The US State Department accused the government of acting first.'],
  ])('reads no government in an article about no one country, in %j', (text) => {
    expect(relationLines(text).filter((line) => line.includes('CRITICIZED'))).toEqual([]);
  });

  it.each([
    ['Chile and Peru met. British Labour MP Ann Vale accused the government of acting first.', 'person:ann-vale CRITICIZED country:united-kingdom'],
    ['Chile and Peru met. Ann Vale of the Australian Labor Party accused the Government of acting first.', 'person:ann-vale CRITICIZED country:australia'],
  ])('reads "the government" as the country of the parties its sentence names, in an article about no one country, in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });

  it.each([
    // Another body of the same kind.
    ['The UN Security Council met. Germany criticized the council of ministers.'],
    // No organization with that noun was named before.
    ['Germany criticized the council.'],
    ['Vela sacked 600 staff. Ann Vale accused the company of bullying.'],
    // A body's noun after the word: another body of that kind.
    ['Vela Entertainment met on Monday. Ann Vale criticized the entertainment company.'],
    ['Germany criticized the bloc. The European Union met.'],
    // A country is never `the bloc`.
    ['Brazil met Peru. Chile criticized the bloc.'],
  ])('reads no reference in %j', (text) => {
    expect(relationLines(text)).toEqual(expect.not.arrayContaining([expect.stringMatching(/CRITICIZED organization:/)]));
  });
});
