import { request } from 'node:http';
import { csrfOf } from '../support/cc';

/** A page sign-in through the login form; answers the cookies as one `cookie` header and the CSRF token. */
export async function pageSignIn(url: string, username = 'agent@customercard.example'): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
    body: new URLSearchParams({ username, password: 'emulator', startURL: '/simulator' }).toString(),
  });
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = csrfOf(cookie);
  if (!csrf) throw new Error('sign-in set no cc_csrf cookie');
  return { cookie, csrf };
}

/** A raw HTTP request with any `Host` header (fetch does not let a caller set it). */
export function rawRequest(url: string, path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
