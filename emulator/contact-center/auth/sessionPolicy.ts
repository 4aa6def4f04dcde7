/**
 * How long a contact-center session lives (finding 5): it ends after `idle` without a
 * request, and at the latest `absolute` after sign-in, as online banking does. Set with
 * `CC_SESSION_IDLE_MINUTES` (default 30) and `CC_SESSION_MAX_HOURS` (default 12).
 */
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function sessionPolicy(env: NodeJS.ProcessEnv = process.env): SessionPolicy {
  return {
    idleMs: positive(env.CC_SESSION_IDLE_MINUTES, 30) * 60_000,
    absoluteMs: positive(env.CC_SESSION_MAX_HOURS, 12) * 3_600_000,
  };
}

export function isExpired(session: { createdAt: string; lastSeenAt?: string }, now: number, policy: SessionPolicy): boolean {
  const created = Date.parse(session.createdAt);
  const seen = Date.parse(session.lastSeenAt ?? session.createdAt);
  return !(now - created < policy.absoluteMs && now - seen < policy.idleMs);
}
