import { describe, expect, it } from 'vitest';
import type { ContactCenterData, ContactCenterStore } from '../data';
import { currentConfig } from './currentConfig';

describe('currentConfig', () => {
  it('sees a change made inside the stored object, as another instance\'s saved rows arrive (issue 22)', () => {
    const stored = { connections: {}, writeBack: { maxAttempts: 5 } };
    const cc = { data: { config: stored } as unknown as ContactCenterData } as ContactCenterStore;
    expect(currentConfig(cc).writeBack.maxAttempts).toBe(5);
    expect(currentConfig(cc)).toBe(currentConfig(cc));
    stored.writeBack.maxAttempts = 30;
    expect(currentConfig(cc).writeBack.maxAttempts).toBe(30);
  });
});
