// `npm run docs:events`: writes the AsyncAPI 3 document and the event table from libs/contracts.
// `-- --check` fails when the checked-in files are not current (run in CI).
const fs = require('node:fs');
const path = require('node:path');
const { ensureBuilt } = require('./built');

const ROOT = path.resolve(__dirname, '..');
const FILES = {
  asyncapi: path.join(ROOT, 'docs/events/asyncapi.json'),
  table: path.join(ROOT, 'docs/events/README.md'),
};

ensureBuilt('contracts');
const { buildAsyncApiDocument, renderEventTable } = require('@sinergi/contracts');
const generated = {
  asyncapi: `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`,
  table: renderEventTable(),
};

if (process.argv.includes('--check')) {
  const stale = Object.keys(FILES).filter(
    (k) => !fs.existsSync(FILES[k]) || fs.readFileSync(FILES[k], 'utf8') !== generated[k],
  );
  if (stale.length > 0) {
    console.error(
      `event docs are out of date (${stale.map((k) => path.relative(ROOT, FILES[k])).join(', ')}): run npm run docs:events`,
    );
    process.exit(1);
  }
  console.log('event docs are current');
} else {
  fs.mkdirSync(path.dirname(FILES.asyncapi), { recursive: true });
  for (const key of Object.keys(FILES)) fs.writeFileSync(FILES[key], generated[key]);
  console.log(
    `wrote ${Object.values(FILES)
      .map((f) => path.relative(ROOT, f))
      .join(', ')}`,
  );
}
