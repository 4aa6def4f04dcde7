import { describe, expect, it } from 'vitest';
import { fromZone, isTimeZone, toZone } from './timeZone';

describe('time zones of display values', () => {
  it('shows stored UTC as the zone’s wall clock, across daylight saving time', () => {
    expect(toZone('2025-01-15 12:00:00', 'Europe/Berlin')).toBe('2025-01-15 13:00:00');
    expect(toZone('2025-07-15 12:00:00', 'Europe/Berlin')).toBe('2025-07-15 14:00:00');
    expect(toZone('2025-01-31 20:30:00', 'Asia/Tokyo')).toBe('2025-02-01 05:30:00');
    expect(toZone('2025-03-09 10:30:00', 'America/Los_Angeles')).toBe('2025-03-09 03:30:00');
  });

  it('turns a wall clock back into the stored UTC', () => {
    for (const [local, zone] of [['2025-07-01 09:00:00', 'Asia/Tokyo'], ['2025-10-26 01:30:00', 'Europe/Lisbon'], ['2025-03-09 03:30:00', 'America/Los_Angeles']]) {
      expect(toZone(fromZone(local, zone), zone)).toBe(local);
    }
  });

  it('leaves UTC, empty and unknown zones and unparsable values alone', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(toZone('2025-01-15 12:00:00', 'Mars/Olympus_Mons')).toBe('2025-01-15 12:00:00');
    expect(toZone('', 'Europe/Berlin')).toBe('');
    expect(fromZone('not a date', 'Europe/Berlin')).toBe('not a date');
  });
});
