import { createCcClient } from 'c/customerCardDomain';

/**
 * The card's session with the contact-center service, shared by its components. Where the
 * browser sends the service's cookie the client rides on it; where third-party cookies are
 * blocked (the service on another site than the org), the agent signs in in the card and the
 * bearer token lives here, in memory only: never in storage, gone with the page.
 */
const tokens = new Map();

const originOf = (baseUrl) => (baseUrl || '').replace(/\/$/, '');

/** A client of the service at `baseUrl`, with the card's bearer token when it has one. */
export function ccClient(baseUrl) {
    return createCcClient({ baseUrl, credentials: 'include', token: tokens.get(originOf(baseUrl)) });
}

/** Signs in at the service and keeps the token for every following `ccClient(baseUrl)`. */
export async function signIn(baseUrl, username, password) {
    const client = createCcClient({ baseUrl, credentials: 'include' });
    const result = await client.signIn(username, password);
    tokens.set(originOf(baseUrl), client.token);
    return result;
}

/** Ends the session at the service (where it still exists) and forgets the token. */
export async function signOut(baseUrl) {
    const client = ccClient(baseUrl);
    tokens.delete(originOf(baseUrl));
    await client.call('signOut').catch(() => undefined);
}

/** Whether the card holds a token for the service (it signed in in the card). */
export function hasToken(baseUrl) {
    return tokens.has(originOf(baseUrl));
}

/** The service refused the call for want of a session: no cookie reached it, or the token expired. */
export function needsSignIn(error) {
    return !!error && error.status === 401;
}
