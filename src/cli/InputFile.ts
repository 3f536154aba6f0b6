/** One file to read: where it is, the document id and source it gives, and how to read it. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Document id of an article: its path relative to the common root of the inputs given (see listInputFiles). */
  id: string;
  /** The path as the user would write it: the argument, joined with the path inside a folder. */
  source: string;
  kind: 'article' | 'jsonl';
}
