// Preloaded into a service by `npm run bench` (node -r …): records every transaction the service
// commits, statement by statement with its parameters, so the raw baseline can run exactly the same
// SQL. Written as JSON lines to SINERGI_CAPTURE_SQL a few dozen transactions at a time, and within
// a tenth of a second of a commit (the benchmark reads them between rounds). Kept in the service's
// heap instead, the record survived its collections and was copied and marked by each: a cost of
// the recorder charged to the service.
const fs = require('node:fs');
const { Client } = require('pg');

const TRANSACTIONS_PER_WRITE = 64;
const TRANSACTION_CONTROL = /^\s*(?:(BEGIN|COMMIT|ROLLBACK)\s*$|(START)\s+TRANSACTION\b)/i;
const file = fs.openSync(process.env.SINERGI_CAPTURE_SQL, 'w');
let unwritten = [];
const open = new WeakMap();
const original = Client.prototype.query;

/**
 * Buffers (bytea) as base64: JSON.stringify would write each byte as a number of an array it builds
 * first, garbage the service's heap then collects.
 */
const recorded = (value) =>
  Buffer.isBuffer(value) ? { type: 'Buffer', base64: value.toString('base64') } : value;

const write = () => {
  if (unwritten.length === 0) return;
  fs.writeSync(file, unwritten.join(''));
  unwritten = [];
};
setInterval(write, 100).unref();

Client.prototype.query = function query(config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  const params = Array.isArray(values) ? values : (config?.values ?? []);
  if (typeof text === 'string') {
    // Only the leading keyword: upper-casing every statement's text cost the service an allocation.
    const control = TRANSACTION_CONTROL.exec(text);
    const verb = control && (control[1] ?? control[2]).toUpperCase();
    if (verb === 'BEGIN' || verb === 'START') open.set(this, []);
    else if (verb === 'COMMIT') {
      const statements = open.get(this);
      if (statements) {
        unwritten.push(`${JSON.stringify(statements)}\n`);
        if (unwritten.length >= TRANSACTIONS_PER_WRITE) write();
      }
      open.delete(this);
    } else if (verb === 'ROLLBACK') open.delete(this);
    else open.get(this)?.push({ text, params: params.map(recorded) });
  }
  return original.call(this, config, values, callback);
};

process.on('exit', write);
