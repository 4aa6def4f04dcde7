/** Documented Table API requests, sent with fetch and Basic auth as any integration does. */
export const basicAuth = (user = 'admin', password = 'emulator') => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers; the assertions check their shape
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export function tableApi(baseUrl: string, authorization = basicAuth()) {
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Accept: 'application/json', Authorization: authorization, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown, headers?: Record<string, string>) => send('POST', path, body, headers),
    put: (path: string, body: unknown) => send('PUT', path, body),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
    delete: (path: string) => send('DELETE', path),
  };
}

export const q = (query: string) => encodeURIComponent(query);
