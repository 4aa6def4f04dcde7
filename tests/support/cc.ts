import { contractValidator, createCcClient, type AgentEventType, type CcClient } from '../../shared/contract';

export const CC_ADMIN = { username: 'admin@customercard.example', password: 'emulator' };
export const CC_AGENT = { username: 'agent@customercard.example', password: 'emulator' };

/** The shared contact-center client, signed in; every success body and event is checked against the contract. */
export async function signInCc(url: string, username = CC_AGENT.username, password = CC_AGENT.password) {
  const client = createCcClient({ baseUrl: url, validator: contractValidator });
  const { agent } = await client.signIn(username, password);
  return Object.assign(client, { agent });
}

export type SignedInClient = CcClient & { agent: { id: string; name: string; role: string } };

export interface ReceivedEvent {
  event: AgentEventType;
  data: Record<string, unknown>;
}

const EVENT_TYPES: AgentEventType[] = ['interaction.alerting', 'interaction.updated', 'card.updated', 'agent.updated'];

/** An agent's event stream through the client; `next(type)` waits for the next event of that type. */
export async function openEvents(client: SignedInClient, agentId = client.agent.id) {
  const received: ReceivedEvent[] = [];
  const waiters: { type: string; resolve: (e: ReceivedEvent) => void }[] = [];
  const deliver = (event: ReceivedEvent) => {
    const i = waiters.findIndex((w) => w.type === event.event);
    if (i >= 0) waiters.splice(i, 1)[0].resolve(event);
    else received.push(event);
  };
  const handlers = Object.fromEntries(EVENT_TYPES.map((type) => [type, (data: Record<string, unknown>) => deliver({ event: type, data })]));
  const stream = client.events(agentId, handlers);
  // The stream is open once the server has sent its first comment; a moment is enough on loopback.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    received,
    next(type: AgentEventType, timeoutMs = 5000): Promise<ReceivedEvent> {
      const i = received.findIndex((e) => e.event === type);
      if (i >= 0) return Promise.resolve(received.splice(i, 1)[0]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ type, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    close: () => stream.close(),
  };
}

/** The CSRF token a page session holds in its readable `cc_csrf` cookie, from a `cookie` header. */
export function csrfOf(cookie: string): string {
  const pair = cookie.split(/;\s*/).find((p) => p.startsWith('cc_csrf='));
  return pair ? decodeURIComponent(pair.slice('cc_csrf='.length)) : '';
}
