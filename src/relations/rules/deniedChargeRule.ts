import { GROUP_NOUNS } from '../../mentions/nameWords';
import type { PatternRule } from '../PatternRule';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import { verbForms } from '../verbForms';
import { findObject } from '../syntax/findObject';
import { findSubject } from '../syntax/findSubject';
import { isActor } from '../syntax/isActor';
import { BE_FORMS, CLAIM_NOUNS, NEGATIONS } from '../syntax/syntaxWords';
import type { DiscourseContext } from '../syntax/DiscourseContext';
import type { PartyReference } from '../syntax/PartyReference';
import { partiesAt } from '../tree/partiesAt';
import { subjectsOf } from '../tree/subjectsOf';
import { viewTree } from '../tree/TreeView';
import { pairs } from './pairs';
import { triggeredBy } from './triggeredBy';

// The verbs a clause makes a charge with, whose subject is who made it; those naming who is charged come first.
const CHARGING = new Set(['accuse', 'blame', 'charge'].flatMap(verbForms));
const CLAIMING = new Set(['allege', 'claim', 'say', 'suggest', 'insist', 'argue', 'complain', 'contend', 'assert'].flatMap(verbForms));
// Words that refer back to a party rather than name it (`a charge he denies`, `a charge the company denies`).
const REFERRING = new Set(['he', 'she', 'it', 'they', 'the', 'its', 'his', 'her', 'their']);
// How many words the relative clause may put between the charge and its denying verb (`the government in Asmara has always`).
const MAX_CLAUSE_WORDS = 7;

/**
 * `Gazprom accused Ukraine of stealing gas, a charge that Naftogaz denied`: a charge in apposition to the clause that
 * makes it, denied in a relative clause of its own: whoever denies it rejects whoever made it, the subject of the
 * clause's charging or claiming verb. A pronoun or description denying it (`a charge he denies`, `a charge the company
 * denies`) stands for the one charged.
 */
export const deniedChargeRule: PatternRule = {
  id: 'denied-charge',
  reason: 'a charge apposed to the clause that makes it and denied in its own relative clause: the denier rejects who made it',
  examples: [
    { text: 'Peru accused Chile of spying, a charge that Bolivia denied.', relations: ['country:peru CRITICIZED country:chile', 'country:bolivia REJECTED country:peru'] },
    { text: 'Chile accused Peru of spying, a charge Lima has always denied.', relations: ['country:chile CRITICIZED country:peru', 'country:peru REJECTED country:chile'] },
    { text: 'Ann Vale said the vote had been rigged by Tom Baxter, a claim his office rejected.', relations: [] },
    { text: 'The Vosk Party said its leader had been forced out, a charge the Orlak Party denied.', relations: ['organization:orlak-party REJECTED organization:vosk-party'] },
    { text: 'Peru said Chile had sent spies, a charge Chilean officials denied.', relations: ['country:chile REJECTED country:peru'] },
    { text: 'Peru has accused Chile of spying, a charge it denies.', relations: ['country:peru CRITICIZED country:chile', 'country:chile REJECTED country:peru'] },
    // A participle's charge is made by its clause's subject.
    { text: 'Peru imposed an embargo on Chile in 2009, accusing it of spying, a charge Chile denies.', relations: ['country:chile REJECTED country:peru', 'country:peru SANCTIONED country:chile', 'country:peru CRITICIZED country:chile'] },
    // Who charged Chile is not said.
    { text: 'Chile has been accused of spying, a charge it denies.', relations: [] },
    // A charge not denied is none.
    { text: 'Chile accused Peru of spying, a charge Lima did not deny.', relations: ['country:chile CRITICIZED country:peru'] },
  ],
  match(s, context, lexicon) {
    return s.tokens.flatMap((token, i) => {
      if (!['a', 'an'].includes(token.key) || !/,/.test(s.tokens[i - 1]?.post ?? '') || !CLAIM_NOUNS.has(s.tokens[i + 1]?.key ?? '')) return [];
      const opens = ['that', 'which'].includes(s.tokens[i + 2]?.key ?? '') ? i + 3 : i + 2;
      let verb = opens;
      while (verb < opens + MAX_CLAUSE_WORDS && s.tokens[verb] && lexicon.verbs.get(s.tokens[verb]?.key ?? '')?.type !== 'REJECTED' && !/[,;:]/.test(s.tokens[verb]?.post ?? '')) verb++;
      const trigger = lexicon.verbs.get(s.tokens[verb]?.key ?? '');
      if (trigger?.type !== 'REJECTED' || !s.tokens[verb]?.tags.has('Verb') || verb === opens) return [];
      const clause = s.tokens.slice(opens, verb);
      if (clause.some((word) => NEGATIONS.has(word.key))) return [];
      // The clause's verb making the charge: the first charging verb before the apposition, else the first claiming one.
      const before = s.tokens.slice(0, i);
      const charging = before.findIndex((word) => CHARGING.has(word.key) && word.tags.has('Verb'));
      const charge = charging >= 0 ? charging : before.findIndex((word) => CLAIMING.has(word.key) && word.tags.has('Verb'));
      // (`X has been accused of`: who charged X is not said.)
      if (charge < 0 || BE_FORMS.has(s.tokens[charge - 1]?.key ?? '')) return [];
      const accuser = findSubject(s, charge, context) ?? participleSubject(s, charge, context);
      if (!accuser) return [];
      // (`a charge US officials denied`: a demonym or country before a group's noun names the group's country.)
      const named = s.mentions.filter((mention) => mention.first >= opens && mention.last < verb && mention.type !== 'Location'
        && ((mention.kind === 'demonym' && GROUP_NOUNS.has(s.tokens[mention.last + 1]?.key ?? '')) || isActor(mention)));
      const refers = named.length === 0 && REFERRING.has(clause[0]?.key ?? '');
      const deniers = named.length > 0 ? named.map((mention) => mention.entity) : refers && charging >= 0 ? (findObject(s, charge + 1, context)?.entities ?? []) : [];
      return pairs(deniers, accuser.entities, triggeredBy(this, trigger, verb));
    });
  },
};

// `Peru imposed an embargo on Chile, accusing it of spying`: a participle has no subject of its own before it; the
// parse gives its clause's.
function participleSubject(s: AnalyzedSentence, charge: number, context: DiscourseContext): PartyReference | undefined {
  const v = viewTree(s);
  const node = v?.tokenOf.indexOf(charge) ?? -1;
  if (!v || node < 0 || v.tree.nodes[node]?.deprel !== 'advcl') return undefined;
  const [subject, ...others] = subjectsOf(v, node);
  return subject !== undefined && others.length === 0 ? partiesAt(v, subject, context) : undefined;
}
