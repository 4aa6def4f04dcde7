import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, firstAfter } from './order';

describe('incremental export order', () => {
  const positions = [
    { at: 10_000, id: 1 },
    { at: 10_000, id: 4 },
    { at: 10_250, id: 2 },
    { at: 20_000, id: 3 },
  ];

  it('resumes right after the cursor, ties broken by id, milliseconds apart kept apart', () => {
    expect(firstAfter(positions, { at: 10_000, id: 1 })).toBe(1);
    expect(firstAfter(positions, { at: 10_000, id: 4 })).toBe(2);
    expect(firstAfter(positions, { at: 10_000, id: 9 })).toBe(2);
    expect(firstAfter(positions, { at: 10_250, id: 2 })).toBe(3);
    expect(firstAfter(positions, { at: 99_000, id: 0 })).toBe(4);
  });

  it('round-trips cursors in the shape Zendesk uses, and refuses others', () => {
    const cursor = encodeCursor({ at: 1580753798_000, id: 432 });
    expect(cursor).toBe('MTU4MDc1Mzc5OC4wfHw0MzJ8');
    expect(decodeCursor(cursor)).toEqual({ at: 1580753798_000, id: 432 });
    expect(decodeCursor(encodeCursor({ at: 1580753798_042, id: 7 }))).toEqual({ at: 1580753798_042, id: 7 });
    expect(decodeCursor(encodeCursor({ at: 0, id: -1 }))).toEqual({ at: 0, id: -1 });
    expect(decodeCursor('bm9wZQ')).toBeNull();
  });
});
