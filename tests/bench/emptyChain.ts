import { spawnEmulator } from '../support/emulator';
import { percentile } from './figure';

/**
 * The machine's floor for issue 18's p99: the bench's three processes (client, service, CRMs)
 * with the same hops (one request in, two in parallel to the CRMs' process, answers back) and
 * no work in any of them. On a machine where this alone comes near 10 ms, no lookup can meet
 * the goal there, whatever the code; docs/BENCHMARKS.md compares it with the real path.
 */
export async function emptyChainMs(requests: number): Promise<{ p50: number; p99: number }> {
  const script = 'tests/bench/emptyHopProcess.ts';
  const crms = await spawnEmulator({}, [], { script });
  const service = await spawnEmulator({ NEXT_HOP: crms.url }, [], { script });
  try {
    const ask = async () => (await fetch(`${service.url}/lookup`, { method: 'POST', body: JSON.stringify({ value: '+14155551000', kind: 'ani' }) })).json();
    for (let n = 0; n < 50; n++) await ask();
    const samples: number[] = [];
    for (let n = 0; n < requests; n++) {
      const start = performance.now();
      await ask();
      samples.push(performance.now() - start);
    }
    return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
  } finally {
    await service.stop();
    await crms.stop();
  }
}
