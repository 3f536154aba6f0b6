/** The explorer page's style sheet: a header with the search, filters on the left, the graph, the details on the right. */
export const EXPLORER_STYLES = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --panel: #f7f8fa; --accent: #0b57d0; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); display: flex; flex-direction: column; }
header { display: flex; gap: 16px; align-items: center; padding: 8px 16px; border-bottom: 1px solid var(--line); }
header h1 { font-size: 16px; margin: 0; white-space: nowrap; }
#stats { margin: 0 0 0 auto; color: var(--muted); font-size: 13px; }
.search { position: relative; flex: 0 1 420px; }
#search { width: 100%; padding: 7px 10px; font: inherit; border: 1px solid #9aa0a6; border-radius: 6px; }
#suggestions { position: absolute; z-index: 10; left: 0; right: 0; margin: 2px 0 0; padding: 4px 0; list-style: none; background: #fff; border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 15%); max-height: 60vh; overflow: auto; }
#suggestions li { padding: 5px 10px; cursor: pointer; }
#suggestions li[aria-selected="true"], #suggestions li:hover { background: #e8f0fe; }
#suggestions .hint { color: var(--muted); font-size: 12px; }
.layout { flex: 1; display: grid; grid-template-columns: 250px 1fr 400px; min-height: 0; }
.panel { overflow: auto; padding: 10px 14px; background: var(--panel); border-right: 1px solid var(--line); }
.panel h2, .panel legend { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 12px 0 6px; padding: 0; }
.panel fieldset { border: 0; margin: 0; padding: 0; }
.panel label { display: flex; gap: 6px; align-items: center; margin: 3px 0; }
.panel select, .panel input[type="date"], .panel input[type="number"] { font: inherit; padding: 2px 4px; }
.panel input[type="number"] { width: 5em; }
.panel button { font: inherit; margin: 3px 0; padding: 5px 8px; width: 100%; text-align: left; border: 1px solid #9aa0a6; border-radius: 6px; background: #fff; cursor: pointer; }
.count { color: var(--muted); margin-left: auto; font-variant-numeric: tabular-nums; }
.swatch { width: 12px; height: 12px; border-radius: 50%; flex: none; border: 1px solid rgb(0 0 0 / 25%); }
.swatch.line { height: 4px; border-radius: 2px; border: 0; }
#legend ol { margin: 0; padding: 0; list-style: none; }
#legend li { display: flex; gap: 6px; align-items: center; margin: 3px 0; font-size: 13px; }
#graph { position: relative; min-width: 0; min-height: 0; background: #fff; }
#details { overflow: auto; padding: 10px 16px 24px; border-left: 1px solid var(--line); }
#details h2 { font-size: 18px; margin: 4px 0; }
#details h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 18px 0 6px; }
#details h4 { font-size: 14px; margin: 12px 0 4px; display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
#details .meta, #details .provenance { color: var(--muted); font-size: 12px; }
#details ul, #details ol { margin: 0; padding-left: 18px; }
#details li { margin: 4px 0; }
#details q { quotes: "\\201C" "\\201D"; }
#details blockquote { margin: 0; }
mark[data-party="source"] { background: #cfe2ff; }
mark[data-party="target"] { background: #ffe0b2; }
.entity-link { font: inherit; font-weight: 600; color: var(--accent); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
