import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, type EngineLogEvent, type LogEvent } from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const forceApp = join(root, 'force-app');

/**
 * `npm run analyze:salesforce`: Salesforce Code Analyzer (v5's core and engines, as `sf code-analyzer
 * run` uses them: https://developer.salesforce.com/docs/platform/salesforce-code-analyzer/guide/engines.html)
 * with its Recommended rules on force-app/, offline: PMD and CPD run on the machine's Java, ESLint
 * (LWC rules) and RetireJS (its vulnerability list ships in the package) in Node. The generated
 * `c/customerCardDomain` module is left out (it is compiled from shared/, which has its own lint), and
 * so is what .forceignore keeps out of the org (the jest tests).
 * The Flow and Graph engines are not added: force-app has no Flow and no Apex.
 * Exits 1 on any violation and on any error or warning an engine logs (a missing Java included);
 * `.ci/run` also fails on a warning an engine's own library prints on the console (ESLint plugins do).
 */
/** The patterns of .forceignore (the files a deploy leaves out), relative to force-app/ as the analyzer matches them. */
async function forceIgnored(): Promise<string[]> {
  const lines = (await readFile(join(root, '.forceignore'), 'utf8')).split('\n').map((line) => line.trim());
  return lines.filter((line) => line && !line.startsWith('#')).map((line) => line.replace(/^force-app\//, ''));
}

async function main() {
  const started = Date.now();
  const workingFolder = await mkdtemp(join(tmpdir(), 'code-analyzer-'));
  const config = CodeAnalyzerConfig.fromObject(
    {
      log_folder: workingFolder,
      root_working_folder: workingFolder,
      ignores: { files: ['**/lwc/customerCardDomain/**', ...(await forceIgnored())] },
      // force-app has no React: its base config only warns that React is missing.
      engines: { eslint: { disable_react_base_config: true } },
    },
    root,
  );
  const analyzer = new CodeAnalyzer(config);
  const errors: string[] = [];
  const onLog = (event: LogEvent | EngineLogEvent) => {
    if (event.logLevel !== LogLevel.Error && event.logLevel !== LogLevel.Warn) return;
    const source = 'engineName' in event ? `${event.engineName}: ` : '';
    errors.push(`${source}${event.message}`);
  };
  analyzer.onEvent<LogEvent>(EventType.LogEvent, onLog);
  analyzer.onEvent<EngineLogEvent>(EventType.EngineLogEvent, onLog);

  for (const engine of [eslintEngine, pmdEngine, regexEngine, retireJsEngine]) {
    await analyzer.addEnginePlugin(engine.createEnginePlugin());
  }
  const workspace = await analyzer.createWorkspace([forceApp]);
  const rules = await analyzer.selectRules(['Recommended'], { workspace });
  const results = await analyzer.run(rules, { workspace });
  await rm(workingFolder, { recursive: true, force: true });

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const engines = results.getEngineNames();
  console.log(`[analyze] ${rules.getCount()} Recommended rules of ${engines.join(', ')} on ${(await workspace.getTargetedFiles()).length} files in ${seconds} s`);
  for (const violation of results.getViolations()) {
    const at = violation.getPrimaryLocation();
    console.error(`  ${at.getFile()?.slice(root.length)}:${at.getStartLine()} ${violation.getRule().getEngineName()}/${violation.getRule().getName()}: ${violation.getMessage()}`);
  }
  for (const error of errors) console.error(`  error: ${error}`);
  // PMD's Recommended rules are for Apex, Visualforce and Flows, which force-app lacks; CPD runs on Java too.
  const missing = ['eslint', 'cpd', 'regex', 'retire-js'].filter((name) => !engines.includes(name));
  if (missing.length) errors.push(`engines that did not run: ${missing.join(', ')}`);
  if (results.getViolationCount() || errors.length) {
    console.error(`[analyze] failed: ${results.getViolationCount()} violation(s), ${errors.length} error(s)`);
    process.exit(1);
  }
  console.log('[analyze] 0 violations');
}

main().catch((error) => {
  console.error('[analyze] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
