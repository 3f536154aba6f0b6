import { InputError } from './InputError';

/** A JSON Lines line that is not a JSON object with a string `id` and `text` (and optional string `title`, `date`, `source`). */
export class MalformedJsonlLineError extends InputError {
  constructor(file: string, line: number, problem: string, fix?: string) {
    super('NG_INPUT_JSONL_LINE', {
      file,
      line,
      problem,
      fix: fix ?? 'write one JSON object per line, like {"id":"a1","text":"...","title":"...","date":"2025-11-24"}',
    });
  }
}
