/**
 * The console's own reads of the org (layouts, list views, search): the REST API with the
 * `sid` cookie, as Lightning Experience reads its metadata. Errors carry Salesforce's body.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/
 */
export const API_VERSION = 'v62.0';
export const DATA = `/services/data/${API_VERSION}`;

export async function rest(path) {
    const response = await fetch(`${DATA}${path}`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) throw { status: response.status, body: Array.isArray(body) ? body[0] : body };
    return body;
}

/** What an error says to the agent: Salesforce's message when there is one. */
export const errorText = (error) => (error && error.body && error.body.message) || (error && error.message) || 'Something went wrong.';
