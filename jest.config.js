/** Jest: unit tests run in-process; the Neo4j integration tests share one server started by globalSetup. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }];
module.exports = {
  reporters: ['default', '<rootDir>/test/plainSummaryReporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/integration/'],
      // Tests that build whole corpora or start extraction workers are no timed tests: on a loaded 2-core machine
      // they outlast jest's 5-second default, which would fail them for speed (speed lives in `npm run bench`).
      testTimeout: 30_000,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      // Starts (or reuses) the local Neo4j unless NEO4J_URI is set; stops it only if it started it.
      globalSetup: '<rootDir>/test/integration/globalSetup.mjs',
      globalTeardown: '<rootDir>/test/integration/globalTeardown.mjs',
      // One shared database: files run serially, with a 2-minute default timeout.
      runner: '<rootDir>/test/integration/integrationRunner.mjs',
    },
  ],
};
