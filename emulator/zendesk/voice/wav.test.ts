import { describe, expect, it } from 'vitest';
import { toneWav } from './wav';

describe('toneWav', () => {
  it('writes a PCM WAV header and one byte per sample at 8 kHz', () => {
    const wav = toneWav(2);
    expect(wav.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(wav.subarray(8, 12).toString('ascii')).toBe('WAVE');
    expect(wav.readUInt32LE(24)).toBe(8000);
    expect(wav.readUInt32LE(40)).toBe(16_000);
    expect(wav.length).toBe(44 + 16_000);
  });

  it('fades in from silence', () => {
    expect(toneWav(1)[44]).toBe(128);
  });
});
