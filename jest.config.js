/** Jest: ts-jest transpiling only (isolatedModules in tsconfig.json); `npm run typecheck` runs tsc once instead. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // examples import the package by name, as a user's app does; here it is this checkout's lib/ (tsconfig paths too)
  moduleNameMapper: { '^cdktf-task-access$': '<rootDir>/lib/index.ts' },
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/global-setup.ts',
};
