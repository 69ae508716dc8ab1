// Preloaded into a service by `npm run bench` (node -r …): records every transaction the service
// commits, statement by statement with its parameters, so the raw baseline can run exactly the same
// SQL. Written as JSON lines to SINERGI_CAPTURE_SQL when the process exits.
const fs = require('node:fs');
const { Client } = require('pg');

const file = process.env.SINERGI_CAPTURE_SQL;
const transactions = [];
const open = new WeakMap();
const original = Client.prototype.query;

Client.prototype.query = function query(config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  const params = Array.isArray(values) ? values : (config?.values ?? []);
  if (typeof text === 'string') {
    const verb = text.trim().toUpperCase();
    if (verb === 'BEGIN' || verb.startsWith('START TRANSACTION')) open.set(this, []);
    else if (verb === 'COMMIT') {
      const statements = open.get(this);
      if (statements) transactions.push(statements);
      open.delete(this);
    } else if (verb === 'ROLLBACK') open.delete(this);
    else open.get(this)?.push({ text, params });
  }
  return original.call(this, config, values, callback);
};

process.on('exit', () => {
  fs.writeFileSync(file, transactions.map((t) => JSON.stringify(t)).join('\n'));
});
