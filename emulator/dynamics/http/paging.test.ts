import { describe, expect, it } from 'vitest';
import { pageOf, readSkipToken } from './paging';

const rows = Array.from({ length: 5 }, (_, i) => ({ contactid: `0000000${i}-0000-0000-0000-000000000000` }));

describe('server-driven paging', () => {
  it('hands out pages with a paging cookie naming the last id, and none after the last page', () => {
    const first = pageOf(rows, 'contactid', 2, undefined);
    expect(first.page).toEqual(rows.slice(0, 2));
    expect(first.next).toMatch(/^<cookie pagenumber="2" pagingcookie="%3Ccookie%20page%3D%221%22%3E%3Ccontactid%20last%3D%22%7B00000001-/);
    expect(readSkipToken(first.next!)).toEqual({ pageNumber: 2, lastId: rows[1].contactid });
    const second = pageOf(rows, 'contactid', 2, first.next);
    expect(second.page).toEqual(rows.slice(2, 4));
    expect(pageOf(rows, 'contactid', 2, second.next).next).toBeUndefined();
  });

  it('continues after the last id even when rows before it were added or removed', () => {
    const first = pageOf(rows, 'contactid', 2, undefined);
    expect(pageOf(rows.slice(1), 'contactid', 2, first.next).page).toEqual(rows.slice(2, 4));
  });

  it('starts again at page 1 on an unreadable token', () => {
    expect(readSkipToken('garbage')).toEqual({ pageNumber: 1, lastId: undefined });
    expect(readSkipToken('<cookie pagenumber="3" pagingcookie="%E0%A4%A" />')).toEqual({ pageNumber: 3, lastId: undefined });
  });
});
