import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readRuleFile } from '../../src/cli/readRuleFile';
import { fakeIo, tempFolder } from './fakeIo';

describe('readRuleFile', () => {
  const folders: { remove: () => void }[] = [];
  const tempDir = () => {
    const folder = tempFolder();
    folders.push(folder);
    return folder.path;
  };
  afterAll(() => folders.forEach((folder) => folder.remove()));

  it('gives no lexicon when no rule file is named, so the defaults apply', async () => {
    expect(await readRuleFile(undefined, fakeIo({ cwd: '/' }).io)).toBeUndefined();
  });

  it('makes `extract --rules` find relations with the user\'s verbs', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ triggers: [{ id: 'skewer', type: 'CRITICIZED', reason: 'newsroom slang', verbs: ['skewer'] }] }));
    writeFileSync(join(dir, 'a.txt'), 'Canada skewered Norway on Monday.\n');
    const { io, stdout } = fakeIo({ cwd: dir });
    expect(await main(['extract', 'a.txt', '--rules', 'rules.json'], io)).toBe(0);
    expect(JSON.parse(stdout()).relations[0]).toMatchObject({ type: 'CRITICIZED', evidence: { rule: 'verb-active:skewer' } });
  });

  it('fails `build --rules` on a missing file with a message naming the file and the fix, writing nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Canada condemned Norway.\n');
    const { io, stderr } = fakeIo({ cwd: dir });
    expect(await main(['build', 'a.txt', '--out', 'out', '--rules', 'missing.json'], io)).toBe(1);
    expect(stderr()).toMatch(/missing\.json: cannot be read \(ENOENT\)\. A rule file is JSON like/);
  });
});
