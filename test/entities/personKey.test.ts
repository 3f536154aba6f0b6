import { personKey } from '../../src/entities/personKey';

describe('personKey', () => {
  it.each([
    ['Marco Rubio', 'marco rubio'],
    ['Volodymyr Zelenskiy', 'volodymyr zelensky'],
    ['Volodymyr Zelenskyy', 'volodymyr zelensky'],
    ['Zelensky', 'zelensky'],
    ['Andriy Yermak', 'andriy yermak'],
    ['Ferdinand Marcos Jr.', 'ferdinand marcos'],
    ['Martin Luther King Jr', 'martin luther king'],
    ['John Smith III', 'john smith'],
    // A suffix-like word that is the whole surname stays.
    ['Malcolm Ii', 'malcolm ii'],
    // A middle initial, with or without its full stop, is left out; an initial given name stays.
    ['Harold T Brennan', 'harold brennan'],
    ['Harold T. Brennan', 'harold brennan'],
    ['J Brennan', 'j brennan'],
  ])('keys %j as %j', (name, expected) => {
    expect(personKey(name)).toBe(expected);
  });
});
