// `npm run test:resilience`: the replica drill (not part of `npm test`).
const base = require('../../jest.preset')('gateway-resilience');

module.exports = { ...base, testMatch: ['<rootDir>/test/**/*.resilience-spec.ts'], testTimeout: 900_000 };
