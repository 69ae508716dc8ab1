// Jest reporter that records each project's totals, and what failed, so `npm test` can close with
// one summary line and the failures' names where the end of a long log shows them.
const fs = require('node:fs');
const path = require('node:path');

/** Lines of a failure's message kept for the closing summary (the full text is in the log above). */
const MESSAGE_LINES = 12;

class SummaryReporter {
  constructor(globalConfig, options = {}) {
    this.dir = options.dir || process.env.SINERGI_TEST_RESULTS_DIR;
    this.name = options.name || 'tests';
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    if (!this.dir) return;
    fs.mkdirSync(this.dir, { recursive: true });
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      suites: results.numTotalTestSuites,
      failures: this.failuresOf(results),
    };
    fs.writeFileSync(path.join(this.dir, `${this.name}.json`), JSON.stringify(summary));
  }

  failuresOf(results) {
    const failures = [];
    for (const file of results.testResults) {
      const where = path.relative(this.rootDir, file.testFilePath);
      if (file.testExecError) {
        failures.push({
          where,
          test: '(the file did not run)',
          message: excerpt(file.testExecError.message),
        });
      }
      for (const test of file.testResults) {
        if (test.status !== 'failed') continue;
        failures.push({ where, test: test.fullName, message: excerpt(test.failureMessages.join('\n')) });
      }
    }
    return failures;
  }
}

function excerpt(text) {
  // eslint-disable-next-line no-control-regex
  const plain = String(text).replace(/\u001b\[[0-9;]*m/g, '');
  const ownLines = plain.split('\n').filter((line) => !/node_modules|node:internal/.test(line));
  return ownLines.slice(0, MESSAGE_LINES).join('\n');
}

module.exports = SummaryReporter;
