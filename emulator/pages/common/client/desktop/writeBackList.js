import { h } from '../h.js';
import { crmLabel, recordTypeLabel } from './labels.js';

/** Where each link's write-back stands, in words; the service's status, else the link's state. */
export function writeBackStatus(link) {
  const writeBack = link.writeBack;
  if (writeBack?.status === 'failed') return { status: 'failed', text: `Failed after ${writeBack.attempts} ${writeBack.attempts === 1 ? 'try' : 'tries'}${writeBack.lastError ? `: ${writeBack.lastError}` : ''}` };
  if (writeBack?.status === 'retrying') return { status: 'retrying', text: `Retrying (${writeBack.attempts} ${writeBack.attempts === 1 ? 'try' : 'tries'} so far)${writeBack.lastError ? `: ${writeBack.lastError}` : ''}` };
  if (writeBack?.status === 'written' || link.state === 'written') return { status: 'written', text: 'Written' };
  if (writeBack?.status === 'pending' || link.state === 'due') return { status: 'pending', text: 'Writing…' };
  return { status: 'linked', text: 'Linked; written when the interaction ends' };
}

/** The focused interaction's links with their write-back state; a failed one can be retried. */
export function writeBackList(links, { onRetry }) {
  const shown = links.filter((link) => link.state !== 'unlinked');
  if (!shown.length) return null;
  return h(
    'ul',
    { class: 'cc-desktop__links', 'aria-label': 'Write-back' },
    shown.map((link) => {
      const { status, text } = writeBackStatus(link);
      return h(
        'li',
        { class: `cc-desktop__link is-${status}`, 'data-link-id': link.id, 'data-status': status },
        h('span', {}, `${recordTypeLabel(link.record.object)} ${link.record.id} · ${crmLabel(link.record.crm)}`),
        h('span', { class: status === 'failed' ? 'slds-text-color_error' : 'slds-text-color_weak' }, text),
        status === 'failed'
          ? h('button', { class: 'slds-button slds-button_neutral', type: 'button', 'data-keep': `retry:${link.id}`, onclick: () => onRetry(link) }, 'Retry')
          : null,
      );
    }),
  );
}
