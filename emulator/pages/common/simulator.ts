import { Router, type RequestHandler } from 'express';
import { CHANNEL_LABELS, CHANNELS } from '../../../shared';
import { escapeHtml, renderPage } from './html';

const field = (id: string, label: string, input: string) =>
  `<div class="slds-form-element slds-m-bottom_x-small"><label class="slds-form-element__label" for="${id}">${label}</label><div class="slds-form-element__control">${input}</div></div>`;

const digitalOptions = CHANNELS.filter((c) => c !== 'voice')
  .map((c) => `<option value="${c}">${escapeHtml(CHANNEL_LABELS[c])}</option>`)
  .join('');

const BODY = `<main class="slds-p-around_large">
<h1 class="slds-text-heading_large slds-m-bottom_medium">Customer simulator</h1>
<div class="slds-grid slds-gutters slds-wrap">
<section class="slds-col slds-size_1-of-1 slds-medium-size_1-of-3" aria-labelledby="sim-call-title">
<div class="slds-box slds-theme_default">
<h2 id="sim-call-title" class="slds-text-heading_medium slds-m-bottom_small">Call</h2>
<form id="sim-call">
${field('sim-ani', 'Caller number (ANI)', '<input class="slds-input" id="sim-ani" required value="+49 30 1234567">')}
${field('sim-dnis', 'Number dialled (DNIS)', '<input class="slds-input" id="sim-dnis" value="+49 800 5550100">')}
<button class="slds-button slds-button_brand" type="submit">Place call</button>
<button class="slds-button slds-button_destructive" type="button" id="sim-hangup" disabled>Hang up</button>
</form>
<form id="sim-identifier" hidden class="slds-m-top_medium">
<p class="slds-m-bottom_x-small">The IVR asks for another identifier.</p>
${field('sim-kind', 'Identifier', '<select class="slds-select" id="sim-kind"><option value="accountNumber">Account number</option><option value="caseNumber">Case number</option><option value="email">Email</option></select>')}
${field('sim-identifier-value', 'Value', '<input class="slds-input" id="sim-identifier-value">')}
<button class="slds-button slds-button_brand" type="submit">Give identifier</button>
<button class="slds-button slds-button_neutral" type="button" id="sim-queue">Queue as is</button>
</form>
</div>
</section>
<section class="slds-col slds-size_1-of-1 slds-medium-size_1-of-3" aria-labelledby="sim-message-title">
<div class="slds-box slds-theme_default">
<h2 id="sim-message-title" class="slds-text-heading_medium slds-m-bottom_small">Message</h2>
<form id="sim-message">
${field('sim-channel', 'Channel', `<select class="slds-select" id="sim-channel">${digitalOptions}</select>`)}
${field('sim-from', 'From (email, number or handle)', '<input class="slds-input" id="sim-from" required value="ana.mueller@example.com">')}
${field('sim-subject', 'Subject', '<input class="slds-input" id="sim-subject">')}
${field('sim-text', 'Text', '<textarea class="slds-textarea" id="sim-text" required>Hello, I have a question about my subscription.</textarea>')}
<button class="slds-button slds-button_brand" type="submit">Send as new interaction</button>
<button class="slds-button slds-button_neutral" type="button" id="sim-follow-up" disabled>Send follow-up</button>
</form>
</div>
</section>
<section class="slds-col slds-size_1-of-1 slds-medium-size_1-of-3" aria-labelledby="sim-status-title">
<div class="slds-box slds-theme_default">
<h2 id="sim-status-title" class="slds-text-heading_medium slds-m-bottom_small">What the customer hears</h2>
<div id="sim-status" aria-live="polite"><p>No interaction yet.</p></div>
<ul id="sim-log" class="slds-list_dotted slds-m-top_small" aria-label="History"></ul>
</div>
</section>
</div>
</main>`;

/** `GET /simulator`: play the customer (calls, IVR answers, messages) against the contact center. */
export function simulatorRoutes(guard: RequestHandler): Router {
  const router = Router();
  router.get('/simulator', guard, (_req, res) => {
    res.type('html').send(renderPage({ title: 'Customer simulator', head: '<script type="module" src="/assets/build/scripts/simulator.js"></script>', body: BODY, bodyClass: 'slds-theme_shade' }));
  });
  return router;
}
