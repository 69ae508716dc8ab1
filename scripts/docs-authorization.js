// `npm run docs:authorization`: writes the generated authorisation matrix (every route of the
// gateway's route table × every kind of caller, with the status each must get) into
// docs/authorization.md, between its markers. `-- --check` fails when the file is not current (CI).
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, writeOrCheck } = require('./generated-files');

require('../libs/testing/register-ts');
const { withAuthorizationMatrix } = require('../services/gateway/src/routing/authorization-matrix.ts');

const DOCUMENT = path.join(ROOT, 'docs/authorization.md');
writeOrCheck(
  { [DOCUMENT]: withAuthorizationMatrix(fs.readFileSync(DOCUMENT, 'utf8')) },
  { what: 'authorisation matrix is', command: 'npm run docs:authorization' },
);
