/** The reads every part of a console page makes as it starts. */
const SHARED_READS = /\/cc\/v1\/(?:config|agents\/me)$/;

/**
 * On the local console the utility bar's softphone and the customer card each read the
 * configuration and the agent as they start (in an org the softphone is not on the page). A
 * GET of one of those that starts while the same GET is on its way takes that request's
 * answer instead of sending another (issue 16). Nothing is kept
 * after the answer: a later read goes to the service again.
 */
export function shareReads(target = window) {
  const send = target.fetch.bind(target);
  const pending = new Map();
  target.fetch = (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.url, target.location.href);
    const method = (init.method || (typeof input === 'string' ? 'GET' : input.method)).toUpperCase();
    if (method !== 'GET' || !SHARED_READS.test(url.pathname)) return send(input, init);
    // Requests carrying different credentials are different reads.
    const key = `${url.href} ${new Headers(init.headers).get('authorization') || ''}`;
    if (!pending.has(key)) pending.set(key, send(input, init).finally(() => pending.delete(key)));
    return pending.get(key).then((response) => response.clone());
  };
}
