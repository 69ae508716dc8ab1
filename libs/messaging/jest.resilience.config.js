// `npm run test:resilience`: the slow drills on private multi-broker clusters (not part of `npm test`).
const base = require('../../jest.preset')('messaging-resilience');

module.exports = { ...base, testMatch: ['<rootDir>/test/**/*.resilience-spec.ts'], testTimeout: 900_000 };
