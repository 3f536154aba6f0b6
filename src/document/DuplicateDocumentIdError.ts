import { InputError } from './InputError';

/** A document whose `id` an earlier document already uses. */
export class DuplicateDocumentIdError extends InputError {
  constructor(file: string, line: number | undefined, id: string) {
    super('NG_INPUT_DUPLICATE_ID', {
      file,
      line,
      problem: `document id ${JSON.stringify(id)} is already used by an earlier document`,
      fix: 'give every document a unique "id"',
    });
  }
}
