import { build } from 'esbuild';
import { serviceNowBundleOptions } from './bundleOptions';

/** `tsx bundleCli.ts <entry> <outfile>`: for callers whose process cannot host esbuild (jsdom tests). */
const [entry, outfile] = process.argv.slice(2);
if (!entry || !outfile) {
  console.error('usage: bundleCli <entry> <outfile>');
  process.exit(2);
}
await build({ ...serviceNowBundleOptions([entry]), outfile });
