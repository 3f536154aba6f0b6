// Prints the run's result as one plain closing line, `Tests: N passed, N failed`, which CI reads as the test count.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed\n`);
  }
}
module.exports = PlainSummaryReporter;
