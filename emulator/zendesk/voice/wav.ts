/**
 * A short 8 kHz mono 8-bit PCM WAV: a soft tone that fades in and out, enough for a
 * browser's audio player to show and play a call recording.
 */
export function toneWav(seconds: number, frequency = 440): Buffer {
  const rate = 8000;
  const samples = Math.max(1, Math.round(seconds * rate));
  const buffer = Buffer.alloc(44 + samples);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate, 28);
  buffer.writeUInt16LE(1, 32);
  buffer.writeUInt16LE(8, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(samples, 40);
  const fade = Math.min(rate / 10, samples / 2);
  for (let i = 0; i < samples; i++) {
    const envelope = Math.min(1, i / fade, (samples - i) / fade);
    buffer[44 + i] = Math.round(128 + 40 * envelope * Math.sin((2 * Math.PI * frequency * i) / rate));
  }
  return buffer;
}
