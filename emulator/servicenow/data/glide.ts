import { randomBytes } from 'node:crypto';

/** A sys_id: 32 lowercase hex characters. */
export function newSysId(): string {
  return randomBytes(16).toString('hex');
}

export const isSysId = (value: string): boolean => /^[0-9a-f]{32}$/.test(value);

/** GlideDateTime's stored form: "YYYY-MM-DD HH:mm:ss" in UTC. */
export function glideDateTime(date: Date = new Date()): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
