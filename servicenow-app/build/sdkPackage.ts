import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sdkProblems } from './sdkProblems';

const app = fileURLToPath(new URL('..', import.meta.url));
const nowSdk = join(app, 'node_modules/.bin/now-sdk');

function run(args: string[]): { output: string; problems: string[] } {
  const result = spawnSync(nowSdk, args, { cwd: app, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return { output, problems: sdkProblems(args[0], output, result.status) };
}

/**
 * `now-sdk build` then `now-sdk pack` in servicenow-app/ (https://servicenow.github.io/sdk/): the
 * scoped app's install zip. `--frozenKeys` fails when src/fluent/generated/keys.ts (the records'
 * sys_ids) is out of date, `--debug` prints the parser's complaints. Returns the zip and the problems.
 */
export async function packageApp(): Promise<{ zip: string | null; problems: string[] }> {
  if (!existsSync(nowSdk)) return { zip: null, problems: ['servicenow-app has no @servicenow/sdk: run `npm ci --prefix servicenow-app`'] };
  const build = run(['build', '--frozenKeys', '--debug']);
  const pack = run(['pack']);
  const problems = [...build.problems, ...pack.problems];
  const config = JSON.parse(await readFile(join(app, 'now.config.json'), 'utf8'));
  const targetDir = join(app, config.packOutputDir ?? 'target');
  const zips = existsSync(targetDir) ? (await readdir(targetDir)).filter((f) => f.endsWith('.zip')) : [];
  if (zips.length !== 1) problems.push(`now-sdk pack: expected one zip in ${targetDir}, found ${zips.length}`);
  return { zip: zips.length === 1 ? join(targetDir, zips[0]) : null, problems };
}

/** The built records of one table (dist/app), as the zip carries them. */
export async function builtRecords(table: string): Promise<{ file: string; xml: string }[]> {
  const config = JSON.parse(await readFile(join(app, 'now.config.json'), 'utf8'));
  const out = join(app, config.appOutputDir ?? 'dist/app');
  const records: { file: string; xml: string }[] = [];
  for (const folder of ['update', 'scope']) {
    const dir = join(out, folder);
    if (!existsSync(dir)) continue;
    for (const file of (await readdir(dir)).filter((f) => f.startsWith(`${table}_`))) {
      records.push({ file: `${folder}/${file}`, xml: await readFile(join(dir, file), 'utf8') });
    }
  }
  return records;
}
