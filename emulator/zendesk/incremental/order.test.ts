import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, firstAfter } from './order';

describe('incremental export order', () => {
  const positions = [
    { seconds: 10, id: 1 },
    { seconds: 10, id: 4 },
    { seconds: 20, id: 2 },
    { seconds: 30, id: 3 },
  ];

  it('resumes right after the cursor, ties broken by id', () => {
    expect(firstAfter(positions, { seconds: 10, id: 1 })).toBe(1);
    expect(firstAfter(positions, { seconds: 10, id: 4 })).toBe(2);
    expect(firstAfter(positions, { seconds: 20, id: -1 })).toBe(2);
    expect(firstAfter(positions, { seconds: 99, id: 0 })).toBe(4);
  });

  it('round-trips cursors in the shape Zendesk uses, and refuses others', () => {
    const cursor = encodeCursor({ seconds: 1580753798, id: 432 });
    expect(cursor).toBe('MTU4MDc1Mzc5OC4wfHw0MzJ8');
    expect(decodeCursor(cursor)).toEqual({ seconds: 1580753798, id: 432 });
    expect(decodeCursor('bm9wZQ')).toBeNull();
  });
});
