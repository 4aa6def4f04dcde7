import { escapeHtml, renderPage } from '../common/html';

export interface LightningPageModel {
  agent: { id: string; name: string; role?: string };
  /** Absent on the home page. */
  record?: { objectApiName: string; recordId: string };
}

/** Inline JSON for the page script: `<` escaped so no value can close the script element. */
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const globalHeader = (agentName: string, admin: boolean) => `<header class="slds-global-header_container">
<div class="slds-global-header slds-grid slds-grid_align-spread">
<div class="slds-global-header__item"><span class="slds-text-heading_small slds-text-color_inverse-weak lp-logo">Customer Card · Service Console</span></div>
<div class="slds-global-header__item"><span class="slds-text-body_small">${escapeHtml(agentName)}</span></div>
</div>
</header>
<nav class="slds-context-bar" aria-label="App navigation">
<div class="slds-context-bar__primary"><div class="slds-context-bar__item slds-no-hover"><span class="slds-context-bar__app-name">Service</span></div></div>
<ul class="slds-grid">
<li class="slds-context-bar__item"><a class="slds-context-bar__label-action" href="/lightning/page/home">Home</a></li>
<li class="slds-context-bar__item"><a class="slds-context-bar__label-action" href="/simulator" target="_blank">Customer simulator</a></li>
${admin ? '<li class="slds-context-bar__item"><a class="slds-context-bar__label-action" href="/admin">Admin console</a></li>' : ''}
</ul>
</nav>`;

const tabs = `<div class="slds-tabs_default lp-tabs">
<ul class="slds-tabs_default__nav" role="tablist">
<li class="slds-tabs_default__item slds-is-active" role="presentation"><a class="slds-tabs_default__link" href="#details" role="tab" tabindex="0" aria-selected="true" aria-controls="lp-details" id="lp-details-tab">Details</a></li>
<li class="slds-tabs_default__item" role="presentation"><a class="slds-tabs_default__link" href="#activity" role="tab" tabindex="-1" aria-selected="false" aria-controls="lp-activity" id="lp-activity-tab">Activity</a></li>
</ul>
<div id="lp-details" class="slds-tabs_default__content slds-show" role="tabpanel" aria-labelledby="lp-details-tab"><p class="slds-text-color_weak">The record's key fields are in the header above.</p></div>
<div id="lp-activity" class="slds-tabs_default__content slds-hide" role="tabpanel" aria-labelledby="lp-activity-tab"><p class="slds-text-color_weak">Calls written back by the customer card appear on the record's activity history.</p></div>
</div>`;

const utilityBar = `<footer class="slds-utility-bar_container lp-utility" aria-label="Utility bar">
<h2 class="slds-assistive-text">Utility bar</h2>
<ul class="slds-utility-bar">
<li class="slds-utility-bar__item"><button type="button" class="slds-button slds-utility-bar__action slds-is-active" aria-expanded="true" aria-controls="lp-softphone-panel" id="lp-softphone-toggle"><span class="slds-utility-bar__text">Softphone</span></button></li>
</ul>
<section id="lp-softphone-panel" class="slds-utility-panel slds-grid slds-grid_vertical slds-is-open lp-softphone-panel" role="dialog" aria-labelledby="lp-softphone-title">
<div class="slds-utility-panel__header slds-grid slds-shrink-none"><h2 id="lp-softphone-title" class="slds-text-heading_small">Softphone</h2></div>
<div class="slds-utility-panel__body slds-p-around_small" id="softphone"></div>
</section>
</footer>`;

const STYLE = `<style>
body { padding-bottom: 2.5rem; }
.lp-main { padding: 0.75rem; }
.lp-utility { position: fixed; bottom: 0; left: 0; right: 0; height: 2.5rem; z-index: 50; background: #fff; border-top: 1px solid #c9c9c9; }
.lp-softphone-panel { position: absolute; bottom: 2.5rem; left: 0; width: 24rem; height: auto; max-height: 70vh; overflow: auto; }
.lp-softphone-panel:not(.slds-is-open) { display: none; }
.slds-page-header__detail-row { width: 100%; }
.slds-page-header__detail-block { min-width: 12rem; }
#toasts { position: fixed; top: 5rem; left: 50%; transform: translateX(-50%); z-index: 100; }
/* Phones: the record and the card stack, and the utility panel takes the width (issue 15). */
@media (max-width: 48em) {
  .lp-main > .slds-grid { flex-wrap: wrap; margin: 0; }
  .lp-main > .slds-grid > .slds-col { width: 100%; flex: 1 1 100%; padding: 0; margin-bottom: 0.75rem; }
  .lp-softphone-panel { width: 100%; }
  .slds-page-header__detail-row { flex-wrap: wrap; }
  .slds-page-header__detail-block { min-width: 0; max-width: none; flex: 1 1 9rem; padding: 0 0.5rem 0.5rem; }
  .slds-global-header { padding-right: 6rem; }
}
</style>`;

/** A page that looks like a Lightning record page (or the console home) around the real components. */
export function lightningPage({ agent, record }: LightningPageModel): string {
  const config = { ...record, agentId: agent.id, ccBaseUrl: '' };
  const main = record
    ? `<div id="record-header"></div>
<div class="slds-grid slds-gutters slds-m-top_small">
<div class="slds-col slds-size_2-of-3"><div class="slds-card slds-p-around_small">${tabs}</div></div>
<aside class="slds-col slds-size_1-of-3" id="customer-card" aria-label="Customer card column"></aside>
</div>`
    : `<div class="slds-page-header"><h1 class="slds-page-header__title">Home</h1></div>
<div class="slds-grid slds-gutters slds-m-top_small">
<div class="slds-col slds-size_2-of-3"><div class="slds-card slds-p-around_medium"><p>Go available in the softphone below, then place a call from the <a href="/simulator" target="_blank">customer simulator</a>.</p></div></div>
<aside class="slds-col slds-size_1-of-3" id="customer-card" aria-label="Customer card column"></aside>
</div>`;
  return renderPage({
    title: record ? `${record.objectApiName} | Salesforce` : 'Home | Salesforce',
    bodyClass: 'slds-theme_shade',
    head: `${STYLE}
<link rel="stylesheet" href="/assets/softphone.css">
<script type="application/json" id="page-config">${json(config)}</script>
<script type="module" src="/assets/build/lightning/main.js"></script>
<script type="module" src="/assets/build/scripts/lightning-utility.js"></script>`,
    body: `${globalHeader(agent.name, agent.role === 'admin')}
<main class="lp-main">${main}</main>
<div id="toasts" aria-live="polite"></div>
${utilityBar}`,
  });
}
