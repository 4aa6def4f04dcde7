import { AGENT } from './connect';

/**
 * A browser as the web server flow needs one: a cookie jar and forms, no script. It walks
 * Salesforce's pages (sign-in, "Allow Access?") and stops at the redirect to the app's callback.
 */
export interface OAuthBrowser {
  open(url: string): Promise<Response>;
  submit(url: string, form: Record<string, string>): Promise<Response>;
  /** Signs in if asked, allows access, and returns the callback URL Salesforce redirected to. */
  authorize(authorizeUrl: string, decision?: 'allow' | 'deny'): Promise<URL>;
}

export const hidden = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));

export function oauthBrowser(origin: string, credentials = AGENT): OAuthBrowser {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(new URL(url, origin), { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return res;
  };
  const open = (url: string) => send(url);
  const submit = (url: string, form: Record<string, string>) =>
    send(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
  return {
    open,
    submit,
    async authorize(authorizeUrl, decision = 'allow') {
      let res = await open(authorizeUrl);
      let html = res.status === 200 ? await res.text() : '';
      if (html.includes('name="password"')) {
        res = await submit('/services/oauth2/authorize/login', { username: credentials.username, password: credentials.password, startURL: hidden(html, 'startURL') ?? '' });
        if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
        res = await open(res.headers.get('location')!);
        html = res.status === 200 ? await res.text() : '';
      }
      if (html.includes('Allow Access?')) res = await submit('/services/oauth2/authorize/decision', { pending: hidden(html, 'pending') ?? '', decision });
      if (res.status !== 302) throw new Error(`expected a redirect to the callback, got ${res.status}`);
      return new URL(res.headers.get('location')!, origin);
    },
  };
}
