import { NewsgraphError } from '../errors/NewsgraphError';

/** A user rule file that is not valid JSON or does not follow the rule file shape. */
export class RuleFileError extends NewsgraphError {
  constructor(source: string, problem: string) {
    super(
      'NG_RULE_FILE',
      `${source}: ${problem}. A rule file is JSON like {"triggers": [{"id": "slam", "type": "CRITICIZED", "reason": "...", "verbs": ["slam"], "nouns": [], "judgments": []}]}; types come from the relation vocabulary (see the README).`,
    );
  }
}
