/**
 * The pipeline's folders under src/ import one way only: a folder may import from the folders before it in LAYERS, and
 * never from one after it, so no import cycle can run between folders. `npm run lint` checks this with dependency-cruiser.
 */
const LAYERS = [
  'errors',
  'document',
  'text',
  'knowledge',
  'syntax',
  'mentions',
  'entities',
  'relations',
  'pipeline',
  'graph',
  'exporters',
  'loader',
  'explorer',
  'cli',
  'bench',
];

module.exports = {
  forbidden: [
    ...LAYERS.map((layer, index) => ({
      name: `${layer}-imports-earlier-stages-only`,
      comment: `src/${layer} comes before ${LAYERS.slice(index + 1).join(', ')} in the pipeline; move what both need to the earlier folder.`,
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: { path: `^src/(${LAYERS.slice(index + 1).join('|')})/` },
    })),
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be read, tested or moved one at a time.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'known-stage',
      comment: 'Every folder under src/ is a stage of LAYERS in .dependency-cruiser.cjs: add a new one there, in pipeline order.',
      severity: 'error',
      from: { path: `^src/(?!(${LAYERS.join('|')})/|index\\.ts$)` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
