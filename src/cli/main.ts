import { NewsgraphError } from '../errors/NewsgraphError';
import type { CliIo } from './CliIo';
import { UsageError } from './UsageError';
import { buildCommand } from './buildCommand';
import { exploreCommand } from './exploreCommand';
import { exportCommand } from './exportCommand';
import { extractCommand } from './extractCommand';
import { helpText } from './helpText';
import { loadCommand } from './loadCommand';
import { mergeCommand } from './mergeCommand';
import { parseCommand } from './parseCommand';
import { packageVersion } from './packageVersion';
import { processIo } from './processIo';
import { showCommand } from './showCommand';
import { unloadCommand } from './unloadCommand';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  build: buildCommand,
  extract: extractCommand,
  merge: mergeCommand,
  load: loadCommand,
  unload: unloadCommand,
  export: exportCommand,
  explore: exploreCommand,
  show: showCommand,
  parse: parseCommand,
};

/** Runs the `newsgraph` command line (`bin/newsgraph.js` passes `process.argv.slice(2)`) and resolves to its exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      // Without a command it is a usage error: the help goes to stderr so stdout stays empty.
      (command === undefined ? io.stderr : io.stdout).write(helpText('main'));
      return command === undefined ? 1 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) {
      throw new UsageError(
        command.startsWith('-') ? `unknown option ${command}` : `unknown command ${JSON.stringify(command)} (commands: ${Object.keys(COMMANDS).join(', ')})`,
      );
    }
    return await run(args, io);
  } catch (error) {
    if (!(error instanceof NewsgraphError)) throw error;
    // The code last, in brackets: what the README's troubleshooting tables and scripts look for.
    io.stderr.write(`newsgraph: ${error.message} [${error.code}]\n`);
    return 1;
  }
}
