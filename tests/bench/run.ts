import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import type { Benchmark, Figure } from './figure';

/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` (or those whose file name contains
 * an argument) and prints one table of figures with their goals and baselines.
 */
async function main() {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const filters = process.argv.slice(2);
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  const rows: (Figure & { group: string })[] = [];
  for (const file of files) {
    const bench: Benchmark = (await import(new URL(file, import.meta.url).href)).default;
    process.stderr.write(`running ${bench.title}...\n`);
    for (const figure of await bench.run()) rows.push({ ...figure, group: bench.title });
  }
  console.log(`Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(formatTable(rows));
  if (rows.some((r) => r.met === false)) console.log('\nSome figures miss their goal (marked MISS).');
}

function formatTable(rows: (Figure & { group: string })[]): string {
  const header = ['area', 'figure', 'value', 'goal', 'met', 'baseline', 'ratio'];
  const body = rows.map((r) => [
    r.group,
    r.name,
    `${format(r.value)} ${r.unit}`,
    r.goal ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'MISS',
    r.baseline ? `${format(r.baseline.value)} ${r.unit} (${r.baseline.what})` : '',
    r.baseline && r.value > 0 ? `${format(r.baseline.value / r.value)}x` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

function format(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 1) return n.toFixed(2);
  return n.toFixed(3);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
