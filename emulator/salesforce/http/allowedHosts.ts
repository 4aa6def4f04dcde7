import type { RequestHandler } from 'express';

/**
 * Answers only for the hosts the emulator is: its configured address, and localhost /
 * 127.0.0.1 / [::1] on its port, plus any the operator allows (ALLOWED_HOSTS). A page on
 * another name that resolves here (DNS rebinding) gets 400, and no URL in a response is ever
 * built from `Host` (issue 23).
 */
export function allowedHosts(selfUrl: () => string, extra: string[]): RequestHandler {
  return (req, res, next) => {
    const self = selfUrl();
    // Before the server listens nothing can arrive; an in-process test harness may not know its URL.
    if (!self) return next();
    const { host: own, port } = new URL(self);
    const allowed = new Set([own, ...['localhost', '127.0.0.1', '[::1]'].map((h) => (port ? `${h}:${port}` : h)), ...extra]);
    const host = (req.headers.host ?? '').toLowerCase();
    const hostname = host.replace(/:\d+$/, '');
    if (host && (allowed.has(host) || extra.includes(hostname))) return next();
    res.status(400).type('text/plain').send('Invalid Host header');
  };
}
