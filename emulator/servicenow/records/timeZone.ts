import type { Database } from '../data/database';
import { property } from '../data/properties';
import { userByName } from '../auth/users';

/**
 * Date-times are stored in UTC; their display values (and display values given as input)
 * are in the user's time zone (sys_user.time_zone), else the system's (glide.sys.default.tz).
 * https://www.servicenow.com/docs/r/platform-administration/time-zones/c_TimeZones.html
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(zone)) {
    try {
      formatters.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
    } catch {
      return undefined;
    }
  }
  return formatters.get(zone);
}

export const isTimeZone = (zone: string): boolean => zone !== '' && formatter(zone) !== undefined;

export function userTimeZone(db: Database, userName: string): string {
  const own = userByName(db, userName)?.time_zone ?? '';
  if (isTimeZone(own)) return own;
  const system = property(db, 'glide.sys.default.tz') ?? '';
  return isTimeZone(system) ? system : 'UTC';
}

const STORED = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function wallClock(epoch: number, zone: string): number {
  const parts = Object.fromEntries(formatter(zone)!.formatToParts(new Date(epoch)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

const asText = (epoch: number) => new Date(epoch).toISOString().slice(0, 19).replace('T', ' ');

/** A stored UTC "YYYY-MM-DD HH:mm:ss" as the wall clock of `zone`. */
export function toZone(stored: string, zone: string): string {
  const match = STORED.exec(stored);
  if (!match || zone === 'UTC' || !isTimeZone(zone)) return stored;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return asText(wallClock(Date.UTC(y, mo - 1, d, h, mi, s), zone));
}

/** A wall clock of `zone` as the stored UTC text (twice around, for offsets that change at DST). */
export function fromZone(local: string, zone: string): string {
  const match = STORED.exec(local);
  if (!match || zone === 'UTC' || !isTimeZone(zone)) return local;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const wanted = Date.UTC(y, mo - 1, d, h, mi, s);
  let epoch = wanted - (wallClock(wanted, zone) - wanted);
  epoch = wanted - (wallClock(epoch, zone) - epoch);
  return asText(epoch);
}
