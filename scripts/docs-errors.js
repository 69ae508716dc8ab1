// `npm run docs:errors`: writes docs/errors.md from the error catalogue in libs/platform.
// `-- --check` fails when the checked-in file is not current (run in CI).
const path = require('node:path');
const { ensureBuilt } = require('./built');
const { ROOT, writeOrCheck } = require('./generated-files');

ensureBuilt('platform');
const { renderErrorDocs } = require('@sinergi/platform');
writeOrCheck(
  { [path.join(ROOT, 'docs/errors.md')]: renderErrorDocs() },
  { what: 'error docs are', command: 'npm run docs:errors' },
);
