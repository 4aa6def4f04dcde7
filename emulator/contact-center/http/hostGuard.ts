import type { RequestHandler } from 'express';
import { sendError } from './respond';

/**
 * The `Host` names the service answers to (finding 4, DNS rebinding): `ALLOWED_HOSTS`
 * (comma-separated, `name` or `name:port`), by default the listening address and
 * `localhost` on its port. URLs the service writes come from its configured origin, never
 * from `Host`.
 */
export function allowedHosts(selfUrl: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = (env.ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  if (configured.length > 0) return configured;
  if (!selfUrl) return [];
  const self = new URL(selfUrl);
  return [...new Set([self.host.toLowerCase(), self.port ? `localhost:${self.port}` : 'localhost'])];
}

export function isAllowedHost(host: string | undefined, allowed: string[]): boolean {
  if (!host) return false;
  const wanted = host.toLowerCase();
  const name = wanted.replace(/:\d+$/, '');
  return allowed.some((entry) => entry === wanted || (!/:\d+$/.test(entry) && entry === name));
}

/** 400 for a request whose `Host` is not one of ours. */
export function hostGuard(selfUrl: () => string): RequestHandler {
  return (req, res, next) => {
    const allowed = allowedHosts(selfUrl());
    if (allowed.length === 0 || isAllowedHost(req.get('host'), allowed)) return next();
    sendError(res, 400, 'invalid_host', { message: 'This Host is not served here.' });
  };
}
