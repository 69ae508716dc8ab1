// `npm run docs:events`: writes the AsyncAPI 3 document and the event table from libs/contracts.
// `-- --check` fails when the checked-in files are not current (run in CI).
const path = require('node:path');
const { ensureBuilt } = require('./built');
const { ROOT, writeOrCheck } = require('./generated-files');

ensureBuilt('contracts');
const { buildAsyncApiDocument, renderEventTable } = require('@sinergi/contracts');
writeOrCheck(
  {
    [path.join(ROOT, 'docs/events/asyncapi.json')]: `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`,
    [path.join(ROOT, 'docs/events/README.md')]: renderEventTable(),
  },
  { what: 'event docs are', command: 'npm run docs:events' },
);
