/** The response body as JSON, or undefined when it is empty or not JSON (a proxy's HTML error page). */
export async function readJson(response: Response): Promise<unknown> {
  return jsonOf(await response.text());
}

/** Text as JSON, or undefined when it is empty or not JSON. */
export function jsonOf(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
