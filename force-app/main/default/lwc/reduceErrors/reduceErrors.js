/**
 * Readable messages from any error a component meets: UI API / LDS errors
 * (`body.output.errors`, `body.output.fieldErrors`, `body.message`, arrays of them),
 * contact-center errors and plain JS errors.
 */
export function reduceErrors(errors) {
    const list = Array.isArray(errors) ? errors : [errors];
    return list
        .filter((error) => !!error)
        .flatMap((error) => {
            const body = error.body;
            if (Array.isArray(body)) return body.map((e) => e.message);
            if (body && body.output) {
                const pageErrors = (body.output.errors || []).map((e) => e.message);
                const fieldErrors = Object.values(body.output.fieldErrors || {}).flat().map((e) => e.message);
                if (pageErrors.length || fieldErrors.length) return [...pageErrors, ...fieldErrors];
            }
            if (body && typeof body.message === 'string') return [body.message];
            if (typeof error.message === 'string') return [error.message];
            return [error.statusText || 'Unknown error'];
        })
        .filter((message) => !!message);
}

/** UI API field errors by field API name: `{ LastName: 'Complete this field.' }`. */
export function fieldErrorsOf(error) {
    const fieldErrors = (error && error.body && error.body.output && error.body.output.fieldErrors) || {};
    return Object.fromEntries(Object.entries(fieldErrors).map(([field, errors]) => [field, errors.map((e) => e.message).join(' ')]));
}
