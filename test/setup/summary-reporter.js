// Ends a run with one plain line of counts, "N passed, N failed", that any CI log reader
// understands; Jest's own summary is kept above it.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed\n`);
  }
}

module.exports = SummaryReporter;
