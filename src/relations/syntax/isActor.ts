import type { ActorMention } from './ActorMention';

/**
 * Whether a mention can act in a relation on its own: people, countries and organizations, not places, bare demonyms
 * or a party's letter after a legislator's name (`Boehner, R-Ohio, blamed ...`: Boehner blamed).
 */
export function isActor(mention: ActorMention | undefined): mention is ActorMention {
  return mention !== undefined && mention.type !== 'Location' && mention.kind !== 'demonym' && mention.kind !== 'letter';
}
