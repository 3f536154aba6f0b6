import { z } from 'zod';
import { UsageError } from '../../src/cli/UsageError';
import { parseOptions } from '../../src/cli/parseOptions';

const Schema = z.object({
  inputs: z.array(z.string()).min(1, 'give at least one input'),
  out: z.string().min(1, 'must not be empty').default('out'),
});
const SPECS = { out: { type: 'string', short: 'o' } } as const;
const parse = (args: string[]) => parseOptions('build', args, SPECS, Schema);

describe('parseOptions', () => {
  it.each([
    [['a', 'b'], { inputs: ['a', 'b'], out: 'out' }],
    [['a', '--out', 'dir'], { inputs: ['a'], out: 'dir' }],
    [['--out=dir', 'a'], { inputs: ['a'], out: 'dir' }],
    [['-o', 'dir', 'a'], { inputs: ['a'], out: 'dir' }],
    [['a', '--', '--weird-name'], { inputs: ['a', '--weird-name'], out: 'out' }],
  ])('reads %j as %j', (args, options) => {
    expect(parse(args)).toEqual({ help: false, options });
  });

  it.each([[['--help']], [['a', '-h']], [['--out', 'x', '--help']]])('reports a request for help in %j', (args) => {
    expect(parse(args)).toEqual({ help: true });
  });

  it.each([
    [['a', '--bogus'], 'unknown option --bogus'],
    [['a', '-x'], 'unknown option -x'],
    [['a', '--out'], 'option -o, --out <value> needs a value'],
    [[], 'give at least one input'],
    [['a', '--out='], '--out: must not be empty'],
  ])('rejects %j with a usage error saying %j and pointing to help', (args, message) => {
    expect(() => parse(args)).toThrow(UsageError);
    expect(() => parse(args)).toThrow(`${message}. Run \`newsgraph build --help\` for usage`);
  });
});
