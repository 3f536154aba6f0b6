import type { PatternRule } from '../PatternRule';
import { verbForms } from '../verbForms';
import { findSubject } from '../syntax/findSubject';
import { isActor } from '../syntax/isActor';
import { pairs } from './pairs';
import { triggeredBy } from './triggeredBy';

// Verbs of refusing what was asked; `decline` only so (`declined to intervene`, `Mexico declined.`), never a fall.
const REFUSING = new Set(['refuse', 'decline'].flatMap(verbForms));
// What one refuses reporters, not a party that asked: `declined to comment`, `refused to be named`.
const UNSPOKEN = new Set(['comment', 'say', 'speak', 'elaborate', 'discuss', 'confirm', 'disclose', 'reveal', 'speculate', 'give', 'answer', 'identify', 'name', 'specify', 'be']);

/**
 * `Y urged X to resign ... X refused`: refusing or declining with no party named in what is refused (`X refused`,
 * `X refused to step down`, `X declined to intervene`) answers whoever last pressed the refusing party in the article
 * (urged, asked, ordered or called on it), else whoever last accused or sanctioned it (`X was sacked ... X refused to
 * step down`); not a refusal to speak (`declined to comment`), which answers reporters. A party named in the refused
 * clause is what is refused, for the other rules (`refused to accept Y's plan`).
 */
export const refusalRule: PatternRule = {
  id: 'refusal',
  reason: 'refusing what was asked rejects the party that asked: the one that last pressed, accused or sanctioned the refusing party',
  examples: [
    { text: 'Ann Vale asked Tom Baxter to step down. He refused.', relations: ['person:ann-vale PRESSURED person:tom-baxter', 'person:tom-baxter REJECTED person:ann-vale'] },
    { text: 'Peru urged Chile to withdraw its troops. Chile has refused to do so.', relations: ['country:peru PRESSURED country:chile', 'country:chile REJECTED country:peru'] },
    { text: 'The Vosk Party called on Tom Baxter to resign. Baxter has refused to step down, saying the vote was void.', relations: ['organization:vosk-party PRESSURED person:tom-baxter', 'person:tom-baxter REJECTED organization:vosk-party'] },
    { text: 'Peru asked Chile to extradite him. Chile declined.', relations: ['country:peru PRESSURED country:chile', 'country:chile REJECTED country:peru'] },
    // No one asked; a refusal to speak answers reporters; a refusal not made is none.
    { text: 'Tom Baxter refused to step down.', relations: [] },
    { text: 'Ann Vale asked Tom Baxter to step down. He declined to comment.', relations: ['person:ann-vale PRESSURED person:tom-baxter'] },
    { text: 'Ann Vale asked Tom Baxter to step down. He has not refused.', relations: ['person:ann-vale PRESSURED person:tom-baxter'] },
    // A party named in what is refused is refused itself, by other rules.
    { text: 'Ann Vale asked Tom Baxter to step down. He refused to meet Karl Ost.', relations: ['person:ann-vale PRESSURED person:tom-baxter'] },
  ],
  match(s, context, lexicon) {
    const trigger = lexicon.verbs.get('refuse');
    return s.tokens.flatMap((token, i) => {
      if (!trigger || !REFUSING.has(token.key) || !token.tags.has('Verb')) return [];
      // (`He refused.`, `Chile declined, saying ...`; `refused to step down`, not `declined to comment` nor `declined 3%`.)
      const bare = i + 1 === s.tokens.length || /[,;:.]/.test(token.post);
      const next = s.tokens[i + 1];
      if (!bare && !(next?.key === 'to' && !UNSPOKEN.has(s.tokens[i + 2]?.key ?? ''))) return [];
      const end = s.tokens.findIndex((word, k) => k > i && /[,;:]/.test(word.post));
      if (s.mentions.some((mention) => mention.first > i && (end < 0 || mention.first <= end) && isActor(mention))) return [];
      const subject = findSubject(s, i, context);
      return (subject?.entities ?? []).flatMap((entity) => {
        const asker = context.pressers?.get(entity) ?? context.accusers?.get(entity);
        return asker ? pairs([entity], [asker], triggeredBy(this, trigger, i)) : [];
      });
    });
  },
};
