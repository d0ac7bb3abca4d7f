/**
 * Jest runs the TypeScript specs through SWC (transpile only); `tsc --noEmit` type-checks separately.
 * Class fields are assigned in the constructor, as tsconfig.json says and the build does.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022', transform: { useDefineForClassFields: false } }, module: { type: 'commonjs' } }];

export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/spec'],
  testMatch: ['**/*.spec.ts'],
  // Any uncaught exception or unhandled rejection fails the run.
  setupFilesAfterEnv: ['<rootDir>/spec/support/fail-on-uncaught.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 30_000,
};
