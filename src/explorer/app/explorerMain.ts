// Entry point of the explorer bundle (dist/explorer/explorer.js) that renderExplorerHtml inlines into graph.html.
import { startExplorer } from './startExplorer';

startExplorer(document);
