import type { ActorMention } from './ActorMention';

/** Whether a mention can act in a relation on its own: people, countries and organizations, not places or bare demonyms. */
export function isActor(mention: ActorMention | undefined): mention is ActorMention {
  return mention !== undefined && mention.type !== 'Location' && mention.kind !== 'demonym';
}
