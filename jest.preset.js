// Shared Jest settings: SWC transpiles (no type-check; `typecheck` does that), and the
// global setup reaches or starts a real PostgreSQL and Kafka for integration tests.
const path = require('node:path');

const libs = path.join(__dirname, 'libs');

// `paths` lets SWC rewrite @sinergi/* imports to the libraries' sources, also in the global setup,
// which Jest loads without its module mapper.
const swc = {
  jsc: {
    baseUrl: __dirname,
    paths: { '@sinergi/*': ['libs/*/src'] },
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2022',
    keepClassNames: true,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'commonjs' },
};

/** ES-module-only dependencies, compiled to CommonJS for Jest (Node itself loads them with require). */
const esmDependency = {
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs' },
};
// jose ships ES modules only; Jest's CommonJS runtime gets them compiled.
const esmTransform = { '/node_modules/jose/.+\\.js$': ['@swc/jest', esmDependency] };

/** Preset for a project; `name` labels its output and its line in the `npm test` summary. */
const preset = (name) => ({
  displayName: name,
  reporters: ['default', [`${libs}/testing/summary-reporter.js`, { name }]],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    ...esmTransform,
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@sinergi/([a-z-]+)$': `${libs}/$1/src` },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: `${libs}/testing/src/global-setup.ts`,
  globalTeardown: `${libs}/testing/src/global-teardown.ts`,
  testTimeout: 60_000,
  maxWorkers: 1,
});

module.exports = preset;
/** The SWC settings, shared with the TypeScript loader of test child processes. */
module.exports.swc = swc;
/** The transform of ES-module-only dependencies, for projects that replace the TypeScript one. */
module.exports.esmTransform = esmTransform;
