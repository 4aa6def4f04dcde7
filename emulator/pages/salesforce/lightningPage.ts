import { escapeHtml, renderPage } from '../common/html';
import { consoleHeader, NAVIGATION_OBJECTS } from './consoleHeader';
import { CONSOLE_STYLE } from './consoleStyle';
import { lightningChunks, lightningStylesheets } from './lightningChunks';

/** The page kinds of the local console; each loads its own bundle (`/assets/build/lightning/{kind}.js`). */
export type LightningPageModel =
  | { kind: 'home'; agent: Agent }
  | { kind: 'record'; agent: Agent; record: { objectApiName: string; recordId: string } }
  | { kind: 'list'; agent: Agent; objectApiName: string; filterName?: string }
  | { kind: 'search'; agent: Agent; term: string };

interface Agent {
  id: string;
  name: string;
  role?: string;
}

/** Inline JSON for the page script: `<` escaped so no value can close the script element. */
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The utility bar's frame; the softphone script (emulator/pages/common/client) fills and drives it. */
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

/** The record (or the page's own content) beside the customer card; the card stacks under it on a phone. */
const withCard = (content: string) => `<div class="lp-columns">
<div class="lp-primary">${content}</div>
<aside class="lp-card-column" id="customer-card" aria-label="Customer card column"></aside>
</div>`;

const pageHeader = (title: string, label?: string) => `<div class="slds-page-header lp-page-header">
${label ? `<p class="slds-page-header__title-label">${escapeHtml(label)}</p>` : ''}<h1 class="slds-page-header__title">${escapeHtml(title)}</h1>
</div>`;

function mainOf(model: LightningPageModel): string {
  switch (model.kind) {
    case 'home':
      return withCard(`${pageHeader('Home')}
<div class="slds-card slds-p-around_medium slds-m-top_small"><p>Go available in the softphone, then place a call from the <a href="/simulator" target="_blank">customer simulator</a>. Find a customer with the search box above or open a list from the navigation bar.</p></div>`);
    case 'record':
      return withCard('<div id="record-page"></div>');
    case 'list': {
      const object = NAVIGATION_OBJECTS.find((o) => o.apiName === model.objectApiName);
      return `${pageHeader(object?.plural ?? model.objectApiName, 'List view')}<div id="list-view" class="slds-m-top_small"></div>`;
    }
    case 'search':
      return `${pageHeader(model.term ? `Search results for “${model.term}”` : 'Search')}<div id="search-results" class="slds-m-top_small"></div>`;
  }
}

function titleOf(model: LightningPageModel): string {
  if (model.kind === 'record') return `${model.record.objectApiName} | Salesforce`;
  if (model.kind === 'list') return `${model.objectApiName} | Salesforce`;
  if (model.kind === 'search') return 'Search | Salesforce';
  return 'Home | Salesforce';
}

function configOf(model: LightningPageModel) {
  const base = { page: model.kind, agentId: model.agent.id, ccBaseUrl: '' };
  if (model.kind === 'record') return { ...base, ...model.record };
  if (model.kind === 'list') return { ...base, objectApiName: model.objectApiName, filterName: model.filterName };
  if (model.kind === 'search') return { ...base, term: model.term };
  return base;
}

/**
 * The page's bundle, every chunk it imports preloaded at once (issue 16: the card shows sooner).
 * The entry blocks rendering until it has run: the first frame then has the card mounted and its
 * requests on their way, instead of the console's frame being styled and laid out while the
 * modules wait. What the entry loads later (the record page) is preloaded at low priority, so it
 * does not hold the connections the startup files need.
 */
function bundleTags(kind: LightningPageModel['kind']): string {
  const { startup: [entry, ...imported], later } = lightningChunks(kind);
  return [
    ...imported.map((url) => `<link rel="modulepreload" href="${escapeHtml(url)}">`),
    ...later.map((url) => `<link rel="modulepreload" fetchpriority="low" href="${escapeHtml(url)}">`),
    `<script type="module" blocking="render" src="${escapeHtml(entry)}"></script>`,
  ].join('\n');
}

/** A page that looks like the Lightning service console around the real components. */
export function lightningPage(model: LightningPageModel): string {
  const active = model.kind === 'list' ? model.objectApiName : model.kind === 'home' ? 'home' : undefined;
  const [stylesheet, ...moreStylesheets] = lightningStylesheets();
  return renderPage({
    title: titleOf(model),
    bodyClass: 'lp-console',
    stylesheet,
    head: `${CONSOLE_STYLE}
${moreStylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<script type="application/json" id="page-config">${json(configOf(model))}</script>
${bundleTags(model.kind)}`,
    body: `${consoleHeader({ agentName: model.agent.name, admin: model.agent.role === 'admin', active, term: model.kind === 'search' ? model.term : '' })}
<main class="lp-main" id="main-content">${mainOf(model)}</main>
<div id="toasts" aria-live="polite"></div>
${utilityBar}`,
  });
}
