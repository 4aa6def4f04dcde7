/** `${input.phone}`, `${secret.LOYALTY_KEY}`: the only placeholders a template may hold. */
const PLACEHOLDER = /\$\{(input|secret)\.([A-Za-z_][A-Za-z0-9_]*)\}/g;

export interface TemplateValues {
  input: Record<string, unknown>;
  secrets: Record<string, string>;
}

/** What a placeholder's value becomes where it is written: encoded in a URL, as it is elsewhere. */
type Encode = (value: string) => string;

function fill(text: string, values: TemplateValues, encode: Encode, mask: boolean): string {
  return text.replace(PLACEHOLDER, (_all, kind: string, name: string) => {
    if (kind === 'secret') {
      if (!Object.hasOwn(values.secrets, name)) throw new Error(`unknown secret ${name}`);
      return mask ? '********' : encode(values.secrets[name]);
    }
    const value = Object.hasOwn(values.input, name) ? values.input[name] : undefined;
    return value === undefined || value === null ? '' : encode(String(value));
  });
}

/** A URL template filled in, each value URI-encoded so input can never change the URL's shape. */
export const fillUrl = (template: string, values: TemplateValues, mask = false) => fill(template, values, encodeURIComponent, mask);

/** A header or body string filled in as it is. */
export const fillText = (template: string, values: TemplateValues, mask = false) => fill(template, values, (v) => v, mask);

/** A JSON body template with every string filled in; a string that is one placeholder keeps the input's type. */
export function fillJson(template: unknown, values: TemplateValues, mask = false): unknown {
  if (typeof template === 'string') {
    const whole = /^\$\{input\.([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(template);
    if (whole && Object.hasOwn(values.input, whole[1])) return values.input[whole[1]];
    return fillText(template, values, mask);
  }
  if (Array.isArray(template)) return template.map((item) => fillJson(item, values, mask));
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, fillJson(v, values, mask)]));
  }
  return template;
}

/** The secrets an action's templates name (each must be one the configuration holds). */
export function secretsNamed(action: { request: { url: string; headers: Record<string, string>; body?: unknown; graphql?: { variables: Record<string, unknown> } } }): string[] {
  const text = JSON.stringify([action.request.url, action.request.headers, action.request.body ?? null, action.request.graphql?.variables ?? null]);
  return [...new Set([...text.matchAll(PLACEHOLDER)].filter((m) => m[1] === 'secret').map((m) => m[2]))];
}
