/** Calls to the contact-center API from a local page; the `cc_session` cookie authenticates. */
export function ccClient(baseUrl = '') {
  async function call(method, path, body) {
    const response = await fetch(`${baseUrl}/cc/v1${path}`, {
      method,
      credentials: 'include',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(payload.message || payload.error || `HTTP ${response.status}`);
    return payload;
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body = {}) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    events: (agentId) => new EventSource(`${baseUrl}/cc/v1/agents/${encodeURIComponent(agentId)}/events`, { withCredentials: true }),
  };
}

/** Builds an element from a tag, attributes and children; text is never parsed as HTML. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}
