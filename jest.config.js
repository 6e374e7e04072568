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
};
