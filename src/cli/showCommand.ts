import { describeEntity } from '../explorer/describeEntity';
import { packExplorerData } from '../explorer/packExplorerData';
import { searchEntities } from '../explorer/searchEntities';
import { summarizeGraph } from '../explorer/summarizeGraph';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import type { CliIo } from './CliIo';
import { formatEntityView } from './formatEntityView';
import { formatGraphSummary } from './formatGraphSummary';
import { parseOptions } from './parseOptions';
import { readNewsGraph } from './readNewsGraph';
import { ShowOptionsSchema } from './ShowOptionsSchema';
import { UnknownEntityError } from './UnknownEntityError';

const HELP = `Usage: newsgraph show <graph.json> [--entity <name>] [--top <n>] [--json]

Prints a graph in the terminal: entities and relations by type, the most mentioned and most connected entities,
and the strongest relations. With --entity, one entity's documents and relations, each with its evidence sentences.

Options:
  -e, --entity <name>  an entity's name, alias or id, in any case (close names are suggested when none matches)
      --top <n>        entities and relations per list (default 10)
      --json           print JSON for scripts instead of text
  -h, --help           show this help

Exit status: 0 when shown, 1 on any error (unreadable or invalid graph file, unknown entity).
`;

const FLAGS = {
  entity: { type: 'string', short: 'e' },
  top: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `newsgraph show <graph.json> [--entity NAME] [--json]`: the graph, or one entity with its evidence, in the terminal. */
export async function showCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions('show', args, FLAGS, ShowOptionsSchema);
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const { inputs, entity, top, json } = parsed.options;
  const [file = ''] = inputs;
  const graph = await readNewsGraph(file, io.cwd);
  const data = packExplorerData(graph.export() as SerializedGraph);
  if (entity === undefined) {
    const summary = summarizeGraph(data, top);
    io.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : formatGraphSummary(summary));
    return 0;
  }
  const matches = searchEntities(data, entity, 5);
  const found = matches.find((match) => match.kind === 'exact');
  if (!found) throw new UnknownEntityError(file, entity, matches.map((match) => match.name));
  const view = describeEntity(data, found.node);
  io.stdout.write(json ? `${JSON.stringify(view, null, 2)}\n` : formatEntityView(view));
  return 0;
}
