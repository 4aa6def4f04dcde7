import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { packageSalesforce } from './salesforce';

const out = fileURLToPath(new URL('../../../dist/packages/salesforce', import.meta.url));

/**
 * `npm run deploy:salesforce -- --target-org ALIAS [more sf flags]`: builds the Salesforce package
 * (with the generated `c/customerCardDomain`) and deploys it with the Salesforce CLI
 * (https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm).
 * Not run in CI: it needs an org.
 */
async function main() {
  const args = process.argv.slice(2);
  if (!args.includes('--target-org') && !args.includes('-o')) {
    console.error('usage: npm run deploy:salesforce -- --target-org ALIAS   (log in first: sf org login web --alias ALIAS)');
    process.exit(2);
  }
  const sf = spawnSync('sf', ['--version'], { encoding: 'utf8' });
  if (sf.error || sf.status !== 0) {
    console.error('The Salesforce CLI (`sf`) is not installed. Install it with `npm install --global @salesforce/cli`');
    console.error('(or see https://developer.salesforce.com/tools/salesforcecli), then log in: sf org login web --alias ALIAS');
    process.exit(1);
  }
  const problems = await packageSalesforce(out);
  if (problems.length) {
    console.error(`[deploy] the package has problems:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const deploy = spawnSync('sf', ['project', 'deploy', 'start', '--metadata-dir', out, '--wait', '30', ...args], { stdio: 'inherit' });
  process.exit(deploy.status ?? 1);
}

main().catch((error) => {
  console.error('[deploy] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
