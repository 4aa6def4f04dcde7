/** One frame of a Server-Sent Events stream. */
export interface SseFrame {
  event: string;
  data: string;
}

/**
 * Splits a text/event-stream into frames as chunks arrive (for runtimes without
 * EventSource, such as Node 20); comments and ids are skipped.
 */
export function sseParser(onFrame: (frame: SseFrame) => void) {
  let buffer = '';
  return (chunk: string) => {
    buffer += chunk.replace(/\r\n/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0) onFrame({ event, data: data.join('\n') });
    }
  };
}
