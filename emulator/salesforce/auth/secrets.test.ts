import { describe, expect, it } from 'vitest';
import { hashSecret, verifySecret } from './secrets';

describe('secrets', () => {
  it('hashes with a fresh salt and verifies only the right secret', async () => {
    const [a, b] = await Promise.all([hashSecret('emulator'), hashSecret('emulator')]);
    expect(a).toMatch(/^scrypt\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifySecret('emulator', a)).toBe(true);
    expect(await verifySecret('Emulator', a)).toBe(false);
  });

  it('answers false for no stored hash or a plain stored value, after the same work', async () => {
    expect(await verifySecret('emulator', undefined)).toBe(false);
    expect(await verifySecret('emulator', 'emulator')).toBe(false);
  });
});
