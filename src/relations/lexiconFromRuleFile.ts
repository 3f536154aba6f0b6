import { compileLexicon } from './compileLexicon';
import { defaultRules } from './defaultRules';
import type { RelationLexicon } from './RelationLexicon';
import { RuleFileError } from './RuleFileError';
import { RuleFileSchema } from './TriggerRule';

/** The relation lexicon a user rule file (JSON text) makes: the default triggers extended by the file's, or replaced when it says so. */
export function lexiconFromRuleFile(json: string, source: string): RelationLexicon {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new RuleFileError(source, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = RuleFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RuleFileError(source, `${issue?.path.join('.') || 'the file'}: ${issue?.message}`);
  }
  return compileLexicon(parsed.data.replace ? parsed.data.triggers : [...defaultRules, ...parsed.data.triggers]);
}
