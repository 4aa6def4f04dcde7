import { describe, expect, it } from 'vitest';
import { importPage, type RunDetail } from './importPage';

const run = (state: RunDetail['state'], phase: RunDetail['phase']): RunDetail => ({
  id: 'imp-000001',
  source: 'zendesk',
  state,
  phase,
  startedAt: '2026-11-25T09:00:00.000Z',
  progress: { pages: 1, users: 3, tickets: 0, removedTickets: 0 },
  report: { imported: [], skipped: [], counts: { importedUsers: 3, importedTickets: 0, skippedUsers: 0, skippedTickets: 0 } },
});

describe('the import page', () => {
  it('follows a running import with the bundled progress script, from the phase it is in', () => {
    const html = importPage([], run('running', 'users'));
    expect(html).toContain('data-import-run="imp-000001"');
    expect(html).toContain('<script type="module" src="/assets/build/scripts/import-progress.js"></script>');
    expect(html).toMatch(/<progress id="import-progress" max="100" value="20"/);
  });

  it('loads no script for an import that has ended', () => {
    const html = importPage([], { ...run('done', 'done'), finishedAt: '2026-11-25T09:01:00.000Z' });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('data-import-run');
    expect(html).toMatch(/<progress id="import-progress" max="100" value="100"/);
  });
});
