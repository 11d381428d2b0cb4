// ESLint (flat config): typescript-eslint's recommended rules, plus the project's import rule.
// `npm run lint`; part of `npm test`. Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * A provider package's root (or its `lib` barrel) loads every resource class of the provider: over a second
 * and hundreds of MB per process for azurerm, and 1,600 files for tsc. Import the one class by file instead.
 */
export const PROVIDER_ROOT_IMPORT = {
  regex: '^@cdktf/provider-(azurerm|azuread|kubernetes)(/lib(/index(\\.js)?)?)?/?$',
  message:
    'Import the provider class by file, e.g. `@cdktf/provider-azurerm/lib/role-assignment`, never from the package root: the root loads every resource of the provider (seconds and hundreds of MB per process).',
};

export default defineConfig(
  {
    ignores: ['node_modules/', 'dist/', 'docs/', 'coverage/', '**/cdktf.out/', '.gen/', 'bench/results/'],
  },
  tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': ['error', { patterns: [PROVIDER_ROOT_IMPORT] }],
      // As tsc (noUnusedLocals/Parameters): `_`-prefixed names and rest-sibling omissions are deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Benchmarks time each module load, so they load lazily with require().
    files: ['bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // CommonJS configuration files.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
