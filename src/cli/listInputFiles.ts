import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { InputError } from '../document/InputError';
import { UnreadableInputError } from '../document/UnreadableInputError';
import { UnsupportedExtensionError } from '../document/UnsupportedExtensionError';
import { inputKind } from '../document/inputKind';
import type { InputFile } from './InputFile';

/**
 * Expands the paths a user gave into the files to read: folders recursively in sorted order, without hidden files,
 * node_modules, or files of other kinds (listed in `ignored`). Each file appears once; its id is its path relative to
 * the inputs' common root, so `seeds`, `./seeds/`, `/abs/seeds` and `seeds/a.txt seeds/b.txt` give the same ids.
 */
export async function listInputFiles(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: InputFile[]; problems: InputError[]; ignored: string[] }> {
  const files: InputFile[] = [];
  const problems: InputError[] = [];
  const ignored: string[] = [];
  const seenPaths = new Set<string>();
  const seenFolders = new Set<string>();

  // Every path is looked at before any is read: the ids depend on all of them.
  const given: Array<{ shown: string; path: string; stats?: Stats; error?: unknown }> = [];
  for (const shown of paths) {
    const path = resolve(cwd, shown);
    try {
      given.push({ shown, path, stats: await stat(path) });
    } catch (error) {
      given.push({ shown, path, error });
    }
  }
  const root = commonRoot(
    given.map(({ path, stats }) => (stats?.isDirectory() ? path : stats && inputKind(path) === 'article' ? dirname(path) : undefined)),
  );
  const add = (path: string, source: string, kind: InputFile['kind']): void => {
    if (seenPaths.has(path)) return;
    seenPaths.add(path);
    files.push({ path, id: toSlashes(root === undefined ? path : relative(root, path)), source, kind });
  };

  async function walk(folder: string, shown: string): Promise<void> {
    const real = await realpath(folder);
    if (seenFolders.has(real)) return; // a symlink loop, or the same folder given twice
    seenFolders.add(real);
    const entries = (await readdir(folder)).filter((name) => !name.startsWith('.') && name !== 'node_modules').sort();
    for (const name of entries) {
      const path = join(folder, name);
      const source = join(shown, name);
      let stats;
      try {
        stats = await stat(path);
      } catch (error) {
        if (inputKind(name)) problems.push(unreadable(source, error));
        continue;
      }
      if (stats.isDirectory()) {
        await walk(path, source).catch((error: unknown) => problems.push(unreadable(source, error)));
        continue;
      }
      const kind = inputKind(name);
      if (kind && stats.isFile()) add(path, source, kind);
      else ignored.push(source);
    }
  }

  for (const { shown, path, stats, error } of given) {
    if (!stats) problems.push(unreadable(shown, error));
    else if (stats.isDirectory()) {
      await walk(path, shown).catch((error: unknown) => problems.push(unreadable(shown, error)));
    } else {
      const kind = inputKind(shown);
      if (!kind) problems.push(new UnsupportedExtensionError(shown));
      else if (!stats.isFile()) problems.push(new UnreadableInputError(shown, 'not a regular file or folder'));
      else add(path, shown, kind);
    }
  }
  return { files, problems, ignored };
}

// The deepest folder holding every folder given and the folder of every article file given. A JSON Lines file names
// its own ids, so it does not move the root.
function commonRoot(folders: ReadonlyArray<string | undefined>): string | undefined {
  let root: string | undefined;
  for (const folder of folders) {
    if (folder === undefined) continue;
    root ??= folder;
    while (!isWithin(root, folder) && dirname(root) !== root) root = dirname(root);
  }
  return root;
}

function isWithin(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return !isAbsolute(inside) && inside !== '..' && !inside.startsWith(`..${sep}`);
}

function toSlashes(path: string): string {
  return path.split(sep).join('/');
}

function unreadable(source: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder, or a broken link',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'too many symbolic links',
    ENOTDIR: 'a part of the path is not a folder',
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new UnreadableInputError(source, reason, { cause: error });
}
