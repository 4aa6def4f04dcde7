import { describe, expect, it } from 'vitest';
import type { LinkState } from '../vocabulary/link';
import { isActiveLink } from './activeLink';

describe('an active link (§2.1)', () => {
  it.each<[LinkState, boolean]>([
    ['linked', true],
    ['due', true],
    ['written', true],
    ['unlinked', false],
    ['unlinked-after-write', false],
  ])('§2.1 a %s link is active: %s', (state, active) => {
    expect(isActiveLink({ state })).toBe(active);
  });
});
