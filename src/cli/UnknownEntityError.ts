import { NewsgraphError } from '../errors/NewsgraphError';

/** `newsgraph show --entity` was given a name that is no entity's name, alias or id in the graph. */
export class UnknownEntityError extends NewsgraphError {
  constructor(file: string, name: string, suggestions: readonly string[]) {
    const fix = suggestions.length > 0
      ? `did you mean ${suggestions.map((suggestion) => JSON.stringify(suggestion)).join(', ')}?`
      : `run \`newsgraph show ${file}\` to list the entities`;
    super('NG_UNKNOWN_ENTITY', `${file} has no entity named ${JSON.stringify(name)}. Fix: ${fix}`);
  }
}
