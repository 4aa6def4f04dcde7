import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { allowedHosts } from './allowedHosts';

const check = (self: string, extra: string[], host: string | undefined) => {
  let status = 0;
  let passed = false;
  const res = { status: (s: number) => ((status = s), res), type: () => res, send: () => res } as unknown as Response;
  allowedHosts(() => self, extra)({ headers: host === undefined ? {} : { host } } as Request, res, () => (passed = true));
  return passed ? 'next' : status;
};

describe('allowed hosts', () => {
  it('lets the own address and loopback names on its port through, and nothing else', () => {
    for (const host of ['127.0.0.1:3000', 'localhost:3000', 'LOCALHOST:3000', '[::1]:3000']) expect(check('http://127.0.0.1:3000', [], host), host).toBe('next');
    for (const host of ['evil.example', 'localhost:3001', '127.0.0.1', 'evil.example:3000', '']) expect(check('http://127.0.0.1:3000', [], host), host).toBe(400);
    expect(check('http://127.0.0.1:3000', [], undefined)).toBe(400);
  });

  it('adds the configured names, with or without a port', () => {
    expect(check('http://0.0.0.0:3000', ['crm.internal'], 'crm.internal:8443')).toBe('next');
    expect(check('http://0.0.0.0:3000', ['crm.internal:443'], 'crm.internal:8443')).toBe(400);
    expect(check('http://0.0.0.0:3000', ['crm.internal:443'], 'crm.internal:443')).toBe('next');
  });
});
