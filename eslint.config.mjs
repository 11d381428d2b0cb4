// ESLint (flat config): typescript-eslint's recommended rules, plus the project's import rules.
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

/** The one module allowed to reach into cdktf's private modules (`cdktf/lib/*`). */
export const CDKTF_SEAM = 'lib/constructs/private/cdktf-internals.ts';

const CDKTF_INTERNALS_MESSAGE = `cdktf's private modules (cdktf/lib/...) are cdktf 0.21's internals: reach them only through ${CDKTF_SEAM}, the one seam to them (add what you need there, with what it relies on), and import the rest from 'cdktf'.`;

/** `import` or `export ... from` of a private module of cdktf. */
export const CDKTF_INTERNAL_IMPORT = { regex: '^cdktf/lib(/.*)?$', message: CDKTF_INTERNALS_MESSAGE };

/**
 * `require(...)`, `import(...)` and `typeof import(...)` of a private module of cdktf, which no-restricted-imports
 * doesn't see (it does see `import x = require(...)`). (esquery's regular expressions can't hold a `/`: it is written `\x2F`.)
 */
const CDKTF_INTERNAL = '/^cdktf\\x2Flib(\\x2F|$)/';
export const CDKTF_INTERNAL_REQUIRE = [
  `CallExpression[callee.name='require'][arguments.0.value=${CDKTF_INTERNAL}]`,
  `ImportExpression[source.value=${CDKTF_INTERNAL}]`,
  `TSImportType[argument.literal.value=${CDKTF_INTERNAL}]`,
].map((selector) => ({ selector, message: CDKTF_INTERNALS_MESSAGE }));

export default defineConfig(
  {
    ignores: ['node_modules/', 'dist/', 'docs/', 'coverage/', '**/cdktf.out/', '.gen/', 'bench/results/'],
  },
  tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': ['error', { patterns: [PROVIDER_ROOT_IMPORT, CDKTF_INTERNAL_IMPORT] }],
      'no-restricted-syntax': ['error', ...CDKTF_INTERNAL_REQUIRE],
      // As tsc (noUnusedLocals/Parameters): `_`-prefixed names and rest-sibling omissions are deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The seam to cdktf's internals: the one file that may import (and require) cdktf/lib/*.
    files: [CDKTF_SEAM],
    rules: {
      'no-restricted-imports': ['error', { patterns: [PROVIDER_ROOT_IMPORT] }],
      'no-restricted-syntax': 'off',
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
