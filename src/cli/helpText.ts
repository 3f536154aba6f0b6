const INPUTS = `Inputs: .txt, .text, .md and .markdown files are one article each; .jsonl and .ndjson files hold one
{"id","text"} object per line (optional "title", "date", "source"). Folders are read recursively (hidden files
and node_modules are skipped).`;

const EXIT = `Exit status: 0 when every input was read (an article that is not UTF-8 is read as Windows-1252, with a
warning), 2 when some inputs were skipped (each is listed with its fix), 1 on a usage error or when nothing could be read.`;

const TEXTS = {
  main: `newsgraph: an explainable graph of the people, countries, organizations and places named in news articles

Usage:
  newsgraph build <files or folders...> [--out <dir>]   write graph.json, graph.graphml, graph.gexf and graph.html
  newsgraph extract <files...> [--jsonl <file or ->]    print one JSON line per document
  newsgraph merge <extractions.jsonl...> [--out <dir>]  build's corpus step over extract outputs (shards)
  (build and extract take --rules <file.json> to add relation triggers, --date YYYY-MM-DD to date
  the documents that state no date of their own, and --workers N to extract on N threads)
  newsgraph load --from <graph.json> | <files...>       load the graph into Neo4j (see load --help)
  newsgraph unload --doc <id>... | --all                remove documents and what was loaded for them from Neo4j
  newsgraph export <graph.json> --format neo4j-admin --out <dir>   CSVs for neo4j-admin import (npm run neo4j:import)
  newsgraph explore <graph.json> [--out <file.html>]    write the explorer page of a graph (opens offline)
  newsgraph show <graph.json> [--entity <name>]         print a graph, or one entity's relations and evidence
  newsgraph parse <files...> [--conllu]                 print the dependency parse of each sentence
  newsgraph <command> --help                            help on one command
  newsgraph --version

${INPUTS}

${EXIT}
`,
  build: `Usage: newsgraph build <files or folders...> [--out <dir>] [--date YYYY-MM-DD] [--workers N]

Reads the articles, extracts entities and stated relations, resolves them across the corpus, lays the graph out
(ForceAtlas2, then Noverlap; positions as x, y) and writes graph.json (graphology), graph.graphml, graph.gexf and
graph.html (the explorer: open it in a browser, no server needed) into the output folder, then prints a summary.

Options:
  -o, --out <dir>   output folder, created if missing (default: out)
  --rules <file>    a JSON rule file adding relation triggers (see the README)
  --date <day>      YYYY-MM-DD: the date of the documents that state none (no front matter date, date line
                    or JSON Lines "date"), attached to them and to every relation read from them
  --workers <n>     extract the documents on n worker threads, 1 for none; the graph is the same for any n
                    (default: the machine's cores, one for every 20 documents: each loads its own knowledge)
  -h, --help        show this help

${INPUTS}

${EXIT}
`,
  parse: `Usage: newsgraph parse <files or folders...> [--conllu]

Prints the dependency parse of each sentence of each article, as the pipeline splits them: a line with the
sentence, its offsets in the file and its entity mentions as [words]{entity id}, then a row per token (number,
word, universal and Penn tags, head (0 for the root), relation, entity). The parser is newsgraph's own (models/,
trained on the GUM and EWT treebanks; see models/README.md).

Options:
  --conllu   print CoNLL-U instead: a sentence block per sentence, the entity and the offsets
             (TokenRange=start:end) of each token in the MISC column

${INPUTS}

${EXIT}
`,
  extract: `Usage: newsgraph extract <files or folders...> [--jsonl <file or ->] [--date YYYY-MM-DD] [--workers N]

Prints one JSON line per document with its entities, mentions and relations (no corpus-wide resolution),
document by document in input order, for pipelines; newsgraph merge builds the graph from such lines.
Skipped inputs are reported on stderr.

Options:
  --jsonl <file>    also read a JSON Lines file as a stream; - reads standard input
  --rules <file>    a JSON rule file adding relation triggers (see the README)
  --date <day>      YYYY-MM-DD: the date of the documents that state none (no front matter date, date line
                    or JSON Lines "date")
  --workers <n>     extract on n worker threads, 1 for none; the lines are the same for any n
                    (default: the machine's cores; each worker loads its own knowledge, about a second)
  -h, --help        show this help

${INPUTS}

${EXIT}
`,
  merge: `Usage: newsgraph merge <extractions.jsonl...> [--out <dir>]

The corpus step of build over the output of newsgraph extract: resolves the documents' entities across the
corpus, builds and lays out the graph and writes graph.json, graph.graphml, graph.gexf and graph.html, the same
files build writes over the same documents. Extract shards anywhere (GNU parallel, Kubernetes Jobs, Spark's
RDD.pipe), then merge them on one machine, in the order build would read the documents (files in the order
given, lines in order); - reads standard input. A document id met twice is skipped with its line.

Options:
  -o, --out <dir>   output folder, created if missing (default: out)
  -h, --help        show this help

Exit status: 0 when every line was read, 2 when some lines or files were skipped (each is listed with its fix),
1 on a usage error or when nothing could be read.
`,
} as const;

/** The `--help` text of newsgraph (`main`) or of one of its commands. */
export function helpText(command: keyof typeof TEXTS): string {
  return TEXTS[command];
}
