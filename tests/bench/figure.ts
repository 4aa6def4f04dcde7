/** One measured figure, printed as a row of the benchmark table. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The goal an issue names, e.g. "<= 20 ms". */
  goal?: string;
  /** Whether the value meets the goal. */
  met?: boolean;
  /** A baseline measured in the same run, e.g. a linear scan, and what it is. */
  baseline?: { value: number; what: string };
}

/** A benchmark file (`tests/bench/*.bench.ts`) exports one of these as default. */
export interface Benchmark {
  title: string;
  run(): Promise<Figure[]>;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** Times `fn` `times` times after `warmup` untimed runs; returns milliseconds per run. */
export async function timeRuns(fn: () => unknown, times: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}
