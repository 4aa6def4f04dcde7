/**
 * Calls to the contact-center service's `/cc/v1` API. Its origin is a setting (a design
 * property of the components, trusted through the package's CspTrustedSite); empty
 * means the page's own origin.
 */
export class CcApiError extends Error {
    constructor(status, body) {
        super((body && (body.message || body.error)) || `HTTP ${status}`);
        this.status = status;
        this.body = body;
    }
}

export function createCcApi(baseUrl = '') {
    const root = `${(baseUrl || '').replace(/\/$/, '')}/cc/v1`;
    async function call(method, path, body) {
        const response = await fetch(`${root}${path}`, {
            method,
            credentials: 'include',
            headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        const payload = await response.json().catch(() => ({}));
        if (!response.ok) throw new CcApiError(response.status, payload);
        return payload;
    }
    return {
        get: (path) => call('GET', path),
        post: (path, body = {}) => call('POST', path, body),
        del: (path) => call('DELETE', path),
        /** The agent's event stream; the card refreshes from it instead of polling. */
        events(agentId, handlers) {
            if (typeof EventSource === 'undefined') return { close() {} };
            const source = new EventSource(`${root}/agents/${encodeURIComponent(agentId)}/events`, { withCredentials: true });
            for (const [type, handler] of Object.entries(handlers)) {
                source.addEventListener(type, (event) => handler(JSON.parse(event.data)));
            }
            return source;
        }
    };
}
