import type { EmulatorConfig } from '../config';

export interface ServeConfig extends EmulatorConfig {
  /** Express's `trust proxy`: a hop count, `true`, or a list of addresses and subnets. */
  trustProxy: string | boolean | number;
  drainMs: number;
}

/**
 * `npm run serve`'s settings (Twelve-Factor: all from the environment). Behind a load balancer
 * on a private network by default: forwarded headers from loopback and private addresses count.
 */
export function readServeConfig(env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number between 0 and 65535, got "${env.PORT}"`);
  const drainMs = env.SHUTDOWN_DRAIN_MS ? Number(env.SHUTDOWN_DRAIN_MS) : 10_000;
  if (!Number.isFinite(drainMs) || drainMs < 0) throw new Error(`SHUTDOWN_DRAIN_MS must be a number of milliseconds, got "${env.SHUTDOWN_DRAIN_MS}"`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataFile: env.EMULATOR_DATA || '.data/contact-center.json',
    databaseUrl: env.DATABASE_URL || undefined,
    reset: false,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    drainMs,
  };
}

function parseTrustProxy(value: string | undefined): string | boolean | number {
  if (value === undefined || value === '') return 'loopback, linklocal, uniquelocal';
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
