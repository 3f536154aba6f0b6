import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { InputError } from '../document/InputError';
import { UnreadableInputError } from '../document/UnreadableInputError';
import { UnsupportedExtensionError } from '../document/UnsupportedExtensionError';
import { inputKind } from '../document/inputKind';
import type { InputFile } from './InputFile';

/**
 * Expands the paths a user gave into the files to read: folders recursively in sorted order, without hidden files,
 * node_modules, or files of other kinds (listed in `ignored`). Each file appears once and gets a unique id.
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
  const add = (file: InputFile): void => {
    if (seenPaths.has(file.path)) return;
    seenPaths.add(file.path);
    files.push(file);
  };

  async function walk(folder: string, root: string, shown: string): Promise<void> {
    const real = await realpath(folder);
    if (seenFolders.has(real)) return; // a symlink loop, or the same folder given twice
    seenFolders.add(real);
    const entries = (await readdir(folder)).filter((name) => !name.startsWith('.') && name !== 'node_modules').sort();
    for (const name of entries) {
      const path = join(folder, name);
      const id = toSlashes(relative(root, path));
      const source = join(shown, relative(root, path));
      let stats;
      try {
        stats = await stat(path);
      } catch (error) {
        if (inputKind(name)) problems.push(unreadable(source, error));
        continue;
      }
      if (stats.isDirectory()) {
        await walk(path, root, shown).catch((error: unknown) => problems.push(unreadable(source, error)));
        continue;
      }
      const kind = inputKind(name);
      if (kind && stats.isFile()) add({ path, id, source, kind });
      else ignored.push(source);
    }
  }

  for (const given of paths) {
    const path = resolve(cwd, given);
    try {
      const stats = await stat(path);
      if (stats.isDirectory()) {
        await walk(path, path, given);
        continue;
      }
      const kind = inputKind(given);
      if (!kind) problems.push(new UnsupportedExtensionError(given));
      else if (!stats.isFile()) problems.push(new UnreadableInputError(given, 'not a regular file or folder'));
      else add({ path, id: basename(path), source: given, kind });
    } catch (error) {
      problems.push(unreadable(given, error));
    }
  }
  return { files: uniqueIds(files), problems, ignored };
}

// Two folders can hold the same relative path: the later file is then known by its path as given.
function uniqueIds(files: readonly InputFile[]): InputFile[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const path = toSlashes(file.source);
    let id = taken.has(file.id) ? path : file.id;
    for (let n = 2; taken.has(id); n++) id = `${path}#${n}`;
    taken.add(id);
    return { ...file, id };
  });
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
