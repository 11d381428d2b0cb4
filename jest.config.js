/** Jest: ts-jest transpiling only (isolatedModules in tsconfig.json); `npm run typecheck` runs tsc once instead. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/global-setup.ts',
};
