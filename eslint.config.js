import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import lwcRecommended from '@salesforce/eslint-config-lwc/recommended.js';
import { sharedBoundary } from './tests/lint/sharedBoundary.js';

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', 'dist/**', 'emulator/pages/build/**', 'coverage/**', 'servicenow-app/dist/**', 'servicenow-app/src/fluent/generated/**', 'force-app/main/default/lwc/customerCardDomain/**'] },
  { files: ['**/*.{js,ts,cjs}'], ignores: ['force-app/**'], ...js.configs.recommended },
  ...tseslint.configs.recommended.map((config) => ({ ...config, ignores: ['force-app/**'] })),
  // Lightning Web Components follow the Salesforce platform's own rules.
  ...lwcRecommended.map((config) => ({ ...config, files: ['force-app/**/*.js'] })),
  {
    files: ['force-app/**/__tests__/**/*.js'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: { '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off' },
  },
  {
    // Scripts the local pages run in the browser.
    files: ['emulator/pages/**/client/**/*.js', 'emulator/pages/salesforce/shims/**/*.js', 'emulator/pages/salesforce/shell/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
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
    rules: { 'local/shared-boundary': ['error', { allow: ['zod', 'libphonenumber-js', 'fastest-levenshtein', 'jsonata'] }] },
  },
  {
    // ARCHITECTURE rule 1: the CRM emulations are independent models and reuse nothing of shared/.
    files: ['emulator/salesforce/**/*.ts', 'emulator/servicenow/**/*.ts', 'emulator/zendesk/**/*.ts', 'emulator/dynamics/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/shared/**', '**/shared'], message: 'CRM emulations never reuse shared/ rules.' }] }],
    },
  },
);
