/** An `Authorization: Basic` value; `btoa` only takes Latin-1, so the UTF-8 bytes are encoded first (RFC 7617 charset). */
export function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
