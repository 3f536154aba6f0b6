import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { UsageError } from './UsageError';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments strictly (an unknown flag is a `UsageError` naming it), then validates the flags and the
 * positional `inputs` with the command's zod schema. `--help` / `-h` short-circuits validation.
 */
export function parseOptions<T>(
  command: string,
  args: readonly string[],
  specs: OptionSpecs,
  schema: z.ZodType<T>,
): { help: true } | { help: false; options: T } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...specs, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(describeParseError(error), command);
  }
  const { help, ...values } = parsed.values;
  if (help === true) return { help: true };
  const result = schema.safeParse({ ...values, inputs: parsed.positionals });
  if (!result.success) {
    const issue = result.error.issues[0];
    const flag = issue && issue.path[0] !== 'inputs' && issue.path.length > 0 ? `--${String(issue.path[0])}: ` : '';
    throw new UsageError(`${flag}${issue?.message ?? 'invalid arguments'}`, command);
  }
  return { help: false, options: result.data };
}

// node's messages suggest `--` tricks; name the flag plainly instead.
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) return `unknown option ${flag}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) return `option ${flag} needs a value`;
  return message;
}
