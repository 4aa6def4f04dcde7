import { fieldErrorsOf, reduceErrors } from 'c/reduceErrors';

const requiredFieldError = require('../../createRecordModal/__tests__/data/caseRequiredFieldError.json');

describe('c/reduceErrors', () => {
    it('reads UI API record errors, field errors included', () => {
        expect(reduceErrors(requiredFieldError)).toEqual(['Required fields are missing: [Origin]']);
        expect(fieldErrorsOf(requiredFieldError)).toEqual({ Origin: 'Required fields are missing: [Origin]' });
    });

    it('reads REST error arrays, plain messages and JS errors', () => {
        expect(reduceErrors({ body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }] })).toEqual(['Session expired or invalid']);
        expect(reduceErrors([{ body: { message: 'Not found' } }, new Error('boom')])).toEqual(['Not found', 'boom']);
        expect(reduceErrors(undefined)).toEqual([]);
    });
});
