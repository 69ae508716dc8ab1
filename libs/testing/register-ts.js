// Lets a child process started by a test run the TypeScript sources directly (same SWC settings
// as Jest), e.g. `node -r libs/testing/register-ts.js some-fixture.ts`.
const { transformSync } = require('@swc/core');

const { swc } = require('../../jest.preset');

const options = (filename) => ({ ...swc, filename, sourceMaps: 'inline' });

require.extensions['.ts'] = (module, filename) => {
  const source = require('node:fs').readFileSync(filename, 'utf8');
  module._compile(transformSync(source, options(filename)).code, filename);
};
