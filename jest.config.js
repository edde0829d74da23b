/** One jest run for the whole hub: every workspace's test/ folder, real PostgreSQL underneath. */
const fs = require('node:fs');
const path = require('node:path');

// The swc options of .swcrc, which `npm run build` compiles the production image with: the tests run the same JavaScript.
const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
const swc = ['@swc/jest', { ...swcrc, swcrc: false }];

module.exports = {
  testEnvironment: 'node',
  // jose ships ESM only; jest on Node 20 cannot require() ESM, so swc compiles it to CommonJS.
  transform: { '^.+\\.ts$': swc, '/node_modules/jose/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testMatch: ['<rootDir>/{packages/*,gateway,subgraphs/*,test}/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.data/'],
  // Built copies (e.g. the packed client package) must not shadow the workspace sources.
  modulePathIgnorePatterns: ['<rootDir>/packages/[^/]+/dist/', '<rootDir>/dashboard/dist/'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
  // Two cores: two workers keep PostgreSQL and the services from starving each other.
  maxWorkers: process.env.JEST_WORKERS ?? 2,
  // In CI a child process a failed test left behind (holding a worker's output pipe) must not keep the
  // finished run waiting until the job's time limit; jest still prints that it had to force the exit.
  forceExit: process.env.CI === 'true',
};
