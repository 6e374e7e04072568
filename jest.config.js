/** Transpile-only ts-jest (isolatedModules): type-checking is `npm run typecheck`, once. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup.js'],
  ci: process.env.CI === 'true',
  // Jest's default is one worker fewer than the cores: on a 2-core machine that is one worker,
  // which runs every file in band (about 72 s of CPU for the suite). Every core runs a worker;
  // the test files share no state (Testing.app and the tests' own temp directories).
  maxWorkers: '100%',
};
