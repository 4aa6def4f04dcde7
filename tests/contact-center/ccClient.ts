/** A small client of the contact-center API for tests, the way a page or a tool calls it. */
export interface CcClient {
  token: string;
  agent: { id: string; name: string; role: string };
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export async function signInCc(url: string, username = 'agent@customercard.example', password = 'emulator'): Promise<CcClient> {
  const res = await fetch(`${url}/cc/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const { access_token: token, agent } = await res.json();
  return {
    token,
    agent,
    async call(method, path, body) {
      const response = await fetch(`${url}/cc/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : {} };
    },
  };
}

export interface ServerSentEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Reads an agent's event stream; `next(type)` waits for the next event of that type. */
export async function openEvents(url: string, client: CcClient, agentId = client.agent.id) {
  const controller = new AbortController();
  const res = await fetch(`${url}/cc/v1/agents/${agentId}/events`, {
    headers: { authorization: `Bearer ${client.token}` },
    signal: controller.signal,
  });
  if (!res.ok || !res.body) throw new Error(`event stream failed: ${res.status}`);
  const received: ServerSentEvent[] = [];
  const waiters: { type: string; resolve: (e: ServerSentEvent) => void }[] = [];
  const deliver = (e: ServerSentEvent) => {
    const i = waiters.findIndex((w) => w.type === e.event);
    if (i >= 0) waiters.splice(i, 1)[0].resolve(e);
    else received.push(e);
  };
  (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data) deliver({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    received,
    next(type: string, timeoutMs = 5000): Promise<ServerSentEvent> {
      const i = received.findIndex((e) => e.event === type);
      if (i >= 0) return Promise.resolve(received.splice(i, 1)[0]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ type, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    close: () => controller.abort(),
  };
}
