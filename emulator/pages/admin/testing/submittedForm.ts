/** What the browser sends for a rendered console form: every named input's value, checked boxes only (for unit tests). */
export function submitted(html: string): Record<string, string> {
  const body: Record<string, string> = {};
  for (const [, attrs, inner] of html.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    body[attrs.match(/name="([^"]+)"/)![1]] = inner.match(/<option value="([^"]*)" selected/)?.[1] ?? '';
  }
  for (const [, attrs] of html.matchAll(/<input([^>]*)>/g)) {
    const name = attrs.match(/name="([^"]+)"/)![1];
    if (!attrs.includes('type="checkbox"')) body[name] = attrs.match(/value="([^"]*)"/)?.[1] ?? '';
    else if (attrs.includes(' checked')) body[name] = 'on';
  }
  for (const [, attrs, inner] of html.matchAll(/<textarea([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    body[attrs.match(/name="([^"]+)"/)![1]] = unescapeHtml(inner);
  }
  return body;
}

/** A textarea's text as the browser sends it: its numeric character references read (what `escapeHtml` writes). */
const unescapeHtml = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
