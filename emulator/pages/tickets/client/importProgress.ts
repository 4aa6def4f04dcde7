import { createCcClient } from '../../../../shared/contract/client';
import { PHASE_PERCENT } from '../importPhase';

const POLL_MS = 700;
const wait = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));

/**
 * Follows a running import on the import page: the progress bar and status line move as the
 * run reads its pages, and the page reloads with the whole report once the run has ended.
 */
async function followImport(section: HTMLElement): Promise<void> {
  const api = createCcClient();
  const id = section.dataset.importRun!;
  const bar = section.querySelector<HTMLProgressElement>('#import-progress')!;
  const status = section.querySelector<HTMLElement>('#import-status')!;
  for (;;) {
    await wait();
    const run = await api.call('getImport', { params: { id } }).catch(() => null);
    if (!run) return;
    bar.value = PHASE_PERCENT[run.phase] ?? 0;
    status.textContent = `${run.state}: ${run.progress.users} users and ${run.progress.tickets} tickets read`;
    if (run.state !== 'running') {
      location.reload();
      return;
    }
  }
}

const section = document.querySelector<HTMLElement>('[data-import-run]');
if (section) void followImport(section);
