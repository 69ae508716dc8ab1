// Jest reporter that records each project's totals so `npm test` can print one closing line.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig, options = {}) {
    this.dir = options.dir || process.env.SINERGI_TEST_RESULTS_DIR;
    this.name = options.name || 'tests';
  }

  onRunComplete(_contexts, results) {
    if (!this.dir) return;
    fs.mkdirSync(this.dir, { recursive: true });
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      suites: results.numTotalTestSuites,
    };
    fs.writeFileSync(path.join(this.dir, `${this.name}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
