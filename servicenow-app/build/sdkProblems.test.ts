import { describe, expect, it } from 'vitest';
import { sdkProblems } from './sdkProblems';

/** Issue 25: `npm run package` (and so `.ci/run`) fails on anything the SDK prints as a problem, even when it exits 0. */
describe('the ServiceNow SDK output read by npm run package', () => {
  it('finds the problems the SDK printed while exiting 0 (issue 25)', () => {
    const output = [
      '[now-sdk] Initiating the build process ...',
      'ERROR: Could not find package.json',
      '[now-sdk] No HTML files found in src/client, skipping UI build',
      '[now-sdk] WARN: sys_properties_1.xml: Unable to parse record, missing <sys_id>',
      '[now-sdk] Build completed successfully',
    ].join('\n');
    expect(sdkProblems('build', output, 0)).toEqual([
      'now-sdk build: ERROR: Could not find package.json',
      'now-sdk build: [now-sdk] No HTML files found in src/client, skipping UI build',
      'now-sdk build: [now-sdk] WARN: sys_properties_1.xml: Unable to parse record, missing <sys_id>',
    ]);
  });

  it('finds none in a clean --debug build, whose file listing is no problem', () => {
    const output = [
      '[now-sdk] DEBUG: Debug logging enabled',
      '[now-sdk] Building project from /home/ci/customer-card/servicenow-app...',
      '[now-sdk] DEBUG: Build output',
      '/home/ci/customer-card/servicenow-app/dist/app/update/sys_properties_56f30bff739f4c91aa00fb4844d33d45.xml',
      '/home/ci/error-pages/servicenow-app/dist/app/scope/sys_app_6f2c1d0e8a4b4c7d9e1f2a3b4c5d6e7f.xml',
      '[now-sdk] Build completed successfully',
    ].join('\n');
    expect(sdkProblems('build', output, 0)).toEqual([]);
  });

  it('counts a failed exit even when nothing was printed', () => {
    expect(sdkProblems('pack', '', 1)).toEqual(['now-sdk pack exited with 1']);
  });
});
