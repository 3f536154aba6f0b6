/**
 * Jest runner for the integration project: every test file shares one Neo4j database (Community has a
 * single user database), so files run one at a time, and a real server gets a longer default timeout.
 */
import jestRunner from 'jest-runner';

const TestRunner = jestRunner.default ?? jestRunner;
const INTEGRATION_TIMEOUT_MS = 120_000;

/** jest-runner, serial, with a 2-minute default test timeout (an explicit --testTimeout still wins). */
export default class IntegrationRunner extends TestRunner {
  constructor(globalConfig, context) {
    // testTimeout is a global-only Jest option, so a project cannot set it in jest.config.js.
    super({ ...globalConfig, testTimeout: globalConfig.testTimeout ?? INTEGRATION_TIMEOUT_MS }, context);
    // Jest runs a runner's files in band when isSerial is true (jest-runner declares it as a field, so assign it).
    this.isSerial = true;
  }
}
