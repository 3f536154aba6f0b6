import { relationLines } from '../../helpers/extractText';

// Through extractDocument: the references only matter to the relations they let the rules read.
describe('resolveTitleReferences', () => {
  it.each([
    ['Prime Minister Ann Vale opened the debate. The prime minister praised Olaf Brandt for his work.', 'person:ann-vale PRAISED person:olaf-brandt'],
    ['Karl Ost, the treasurer, spoke first. Olaf Brandt welcomed the treasurer\'s plan.', 'person:olaf-brandt PRAISED person:karl-ost'],
    // An office a party gives is known with its party.
    ["Tory leader Ann Vale spoke first. Olaf Brandt rejected the Tory leader's charge.", 'person:olaf-brandt REJECTED person:ann-vale'],
    // `of` after the title belongs to the verb (`accused X of`), not to a body the title is held at.
    ['Tory leader Ann Vale spoke first. Olaf Brandt accused the Tory leader of playing politics.', 'person:olaf-brandt CRITICIZED person:ann-vale'],
    // `in` with a time is no body the title is held in.
    ['President Ann Vale spoke. Olaf Brandt was sacked by the president in March.', 'person:ann-vale SANCTIONED person:olaf-brandt'],
    // A person's possessive points back as `the` does (`backed his chancellor`).
    ['Chancellor Karl Ost spoke on Monday. Olaf Brandt backed his chancellor today.', 'person:olaf-brandt SUPPORTED person:karl-ost'],
    // A title of one word, for the one person named with a title ending in it.
    ['Finance Minister Karl Ost spoke on Monday. Olaf Brandt praised the minister.', 'person:olaf-brandt PRAISED person:karl-ost'],
  ])('reads "the" or "his" and a title as the one person the article named with it in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });

  it.each([
    // Two people were named with the title.
    ['President Ann Vale met President Karl Ost. The president praised Olaf Brandt.'],
    // Two people were named with titles ending in it.
    ['Finance Minister Ann Vale met Foreign Minister Karl Ost. The minister praised Olaf Brandt.'],
    // No one was named with it before.
    ['The prime minister praised Olaf Brandt. Prime Minister Ann Vale left.'],
    // Another country's holder.
    ['Prime Minister Ann Vale spoke. The prime minister of Chad praised Olaf Brandt.'],
    // The same title held in another body.
    ['Ann Vale, the Labour leader in the Commons, spoke. The Labour leader in the Lords praised Olaf Brandt.'],
    // A body's possessive may name another body's holder (`Cuba ... its ambassador`).
    ['Ambassador Ann Vale spoke. Cuba voted in favour, and its ambassador praised Olaf Brandt.'],
  ])('reads no one in %j', (text) => {
    expect(relationLines(text).filter((line) => /^person:\S+ PRAISED/.test(line))).toEqual([]);
  });

  it('reads no one for another party\'s office', () => {
    const lines = relationLines("Tory leader Ann Vale spoke. Olaf Brandt rejected the Labour leader's charge.");
    expect(lines.filter((line) => / REJECTED person:/.test(line))).toEqual([]);
    expect(relationLines("Tory leader Ann Vale spoke. Olaf Brandt rejected the Tory leader's charge.")).toContain('person:olaf-brandt REJECTED person:ann-vale');
  });
});
