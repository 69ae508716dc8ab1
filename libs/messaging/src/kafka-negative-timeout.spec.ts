import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Warnings seen by a plain Node process (Jest's sandboxed `process` does not deliver them) with the filter on. */
function warningsOf(body: string): string[] {
  const script = `
    require(${JSON.stringify(path.join(__dirname, 'kafka-negative-timeout.ts'))}).ignoreKafkajsNegativeTimeoutWarning();
    process.on('warning', (w) => console.log(w.name + ': ' + w.message.split('\\n')[0]));
    ${body}`;
  const output = execFileSync(
    process.execPath,
    ['-r', path.resolve(__dirname, '../../testing/register-ts.js'), '-e', script],
    { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return output.split('\n').filter(Boolean);
}

// Node warns about a negative timeout once per process, so each case runs in a process of its own.
describe("kafkajs's negative-timeout warning", () => {
  it('is dropped when kafkajs arms the timer', () => {
    const warnings = warningsOf(`
      const RequestQueue = require('kafkajs/src/network/requestQueue/index.js');
      const queue = new RequestQueue({ logger: { namespace: () => ({ debug() {}, warn() {} }) } });
      queue.scheduleCheckPendingRequests(); // nothing pending, never throttled: a negative delay
      clearTimeout(queue.throttleCheckTimeoutId);
      process.emitWarning('still delivered', 'SinergiCheckWarning');`);
    expect(warnings).toEqual(['SinergiCheckWarning: still delivered']);
  });

  it('is kept when anything else arms a negative timer', () => {
    expect(warningsOf('clearTimeout(setTimeout(() => undefined, -5));')).toEqual([
      'TimeoutNegativeWarning: -5 is a negative number.',
    ]);
  });
});
