// Lets a child process started by a test run the TypeScript sources directly (same SWC settings
// as Jest), e.g. `node -r libs/testing/register-ts.js some-fixture.ts`.
const path = require('node:path');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const options = (filename) => ({
  filename,
  sourceMaps: 'inline',
  jsc: {
    baseUrl: root,
    paths: { '@sinergi/*': ['libs/*/src'] },
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2022',
    keepClassNames: true,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'commonjs' },
});

require.extensions['.ts'] = (module, filename) => {
  const source = require('node:fs').readFileSync(filename, 'utf8');
  module._compile(transformSync(source, options(filename)).code, filename);
};
