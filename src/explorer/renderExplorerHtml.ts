import type { ExplorerData } from './ExplorerData';
import { EXPLORER_STYLES } from './explorerStyles';

// Nothing may leave the file: scripts and styles are inline, images only the ones the page draws itself.
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:";

/**
 * The explorer page: one self-contained HTML file holding the packed graph (as JSON in a script element) and the
 * explorer's script bundle (dist/explorer/explorer.js), which opens from file:// and requests nothing.
 */
export function renderExplorerHtml(data: ExplorerData, script: string): string {
  const title = `${data.strings[data.name] ?? 'newsgraph'} · newsgraph explorer`;
  // In a script element only "</script" (any case) ends it, and "<!--" can confuse parsers: escape "<" in the JSON,
  // and the one sequence in the code (inside strings, where "<\/" reads the same).
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const code = script.replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${escapeHtml(title)}</title>
<style>${EXPLORER_STYLES}</style>
</head>
<body>
<header>
  <h1>newsgraph explorer</h1>
  <div class="search" role="search">
    <input id="search" type="search" role="combobox" aria-label="Search entities" aria-autocomplete="list" aria-expanded="false"
      aria-controls="suggestions" autocomplete="off" spellcheck="false" placeholder="Search entities by name or alias">
    <ul id="suggestions" role="listbox" aria-label="Matching entities" hidden></ul>
  </div>
  <p id="stats" role="status"></p>
</header>
<div class="layout">
  <aside class="panel" aria-label="View and filters">
    <h2>View</h2>
    <label>Colour by <select id="color-by"><option value="type">entity type</option><option value="community">community (Louvain)</option></select></label>
    <label>Size by <select id="size-by"><option value="mentions">mentions</option><option value="degree">relations</option></select></label>
    <button id="fit" type="button">Show the whole graph</button>
    <section id="legend" aria-label="Legend" hidden></section>
    <fieldset id="entity-types"><legend>Entity types</legend></fieldset>
    <fieldset id="relation-types"><legend>Relation types</legend></fieldset>
    <fieldset id="dates"><legend>Document dates</legend>
      <label>From <input id="date-from" type="date"></label>
      <label>To <input id="date-to" type="date"></label>
    </fieldset>
    <h2>Strength</h2>
    <label>Minimum evidence <input id="min-weight" type="number" min="1" step="1" value="1"></label>
    <label><input id="hide-isolated" type="checkbox"> Hide entities without a shown relation</label>
    <h2>Export</h2>
    <button id="export-png" type="button">Current view as PNG</button>
    <button id="export-graphml" type="button">Filtered graph as GraphML</button>
  </aside>
  <main id="graph" aria-label="Graph. Hover a node to highlight its neighbours; click a node or an edge for its details."></main>
  <section id="details" aria-label="Details" tabindex="-1">
    <h2>Details</h2>
    <p>Search for an entity, or click a node or an edge, to read its relations and the sentences that state them.</p>
  </section>
</div>
<script type="application/json" id="newsgraph-data">${json}</script>
<script>${code}</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
