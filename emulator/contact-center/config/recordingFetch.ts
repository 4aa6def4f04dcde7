/** One HTTP request a CRM adapter made, as the console's Test buttons show it. */
export interface RecordedRequest {
  method: string;
  url: string;
  status?: number;
  ms: number;
}

const SECRET_PARAM = /password|secret|token|code/i;

/** The URL without the values of secret-looking parameters. */
function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) if (SECRET_PARAM.test(key)) parsed.searchParams.set(key, '********');
    return decodeURI(parsed.toString());
  } catch {
    return url;
  }
}

/** A fetch that notes each request's method, URL, status and time (never headers or bodies: they carry credentials). */
export function recordingFetch(requests: RecordedRequest[], inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const started = performance.now();
    const entry: RecordedRequest = { method, url: shownUrl(url), ms: 0 };
    requests.push(entry);
    try {
      const response = await inner(input, init);
      entry.status = response.status;
      return response;
    } finally {
      entry.ms = Math.round(performance.now() - started);
    }
  };
}
