import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { sharedBoundary } from './tests/lint/sharedBoundary.js';

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', 'dist/**', 'force-app/**', 'emulator/pages/build/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // ARCHITECTURE: shared/ is the domain; it imports nothing outside itself but its declared libraries.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    plugins: { local: { rules: { 'shared-boundary': sharedBoundary } } },
    rules: { 'local/shared-boundary': ['error', { allow: ['zod', 'libphonenumber-js', 'fastest-levenshtein'] }] },
  },
  {
    // ARCHITECTURE rule 1: the CRM emulations are independent models and reuse nothing of shared/.
    files: ['emulator/salesforce/**/*.ts', 'emulator/servicenow/**/*.ts', 'emulator/zendesk/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/shared/**', '**/shared'], message: 'CRM emulations never reuse shared/ rules.' }] }],
    },
  },
);
