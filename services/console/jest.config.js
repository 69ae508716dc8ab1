// The console's unit tests (TypeScript and TSX) and its browser tests against the real platform.
const preset = require('../../jest.preset')(require('./package.json').nx.name);
const { swc, esmTransform } = require('../../jest.preset');

module.exports = {
  ...preset,
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        ...swc,
        jsc: {
          ...swc.jsc,
          // The browser code imports shared enumerations by file (no Nest in the bundle).
          paths: { '@sinergi/contracts/src/*': ['libs/contracts/src/*'], ...swc.jsc.paths },
          parser: { ...swc.jsc.parser, tsx: true },
          transform: { ...swc.jsc.transform, react: { runtime: 'automatic' } },
        },
      },
    ],
    ...esmTransform,
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
};
