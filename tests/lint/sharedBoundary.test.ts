import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { sharedBoundary } from './sharedBoundary.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const inShared = path.resolve('shared/cards/rankDuplicates.ts');
const options = [{ allow: ['zod', 'libphonenumber-js'] }];

tester.run('shared-boundary', sharedBoundary, {
  valid: [
    { code: "import { x } from '../phone/normalizePhone';", filename: inShared, options },
    { code: "import { z } from 'zod';", filename: inShared, options },
    { code: "import p from 'libphonenumber-js/max';", filename: inShared, options },
  ],
  invalid: [
    { code: "import { store } from '../../emulator/store/store';", filename: inShared, options, errors: [{ messageId: 'outside' }] },
    { code: "import express from 'express';", filename: inShared, options, errors: [{ messageId: 'library' }] },
    { code: "export * from '../../tests/x';", filename: inShared, options, errors: [{ messageId: 'outside' }] },
  ],
});
