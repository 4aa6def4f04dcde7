import { mountSoftphone } from '../../common/client/softphone.js';

// A minimized softphone stays minimized from page to page, as the console's utility bar does.
const OPEN_KEY = 'cc-softphone-open';

function screenPop(interaction) {
  const pop = interaction.screenPop;
  const state = `c__interactionId=${encodeURIComponent(interaction.id)}`;
  window.location.assign(pop && pop.crm === 'salesforce' ? `/lightning/r/${pop.object}/${pop.id}/view?${state}` : `/lightning/page/home?${state}`);
}

function dockPanel() {
  const toggle = document.getElementById('lp-softphone-toggle');
  const panel = document.getElementById('lp-softphone-panel');
  const showPanel = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('slds-is-open', open);
  };
  showPanel(sessionStorage.getItem(OPEN_KEY) !== 'false');
  // A ringing interaction opens the minimized panel, so no alert goes unseen.
  new MutationObserver(() => {
    if (panel.querySelector('[aria-label="Incoming interaction"]') && toggle.getAttribute('aria-expanded') !== 'true') showPanel(true);
  }).observe(panel, { childList: true, subtree: true });
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    sessionStorage.setItem(OPEN_KEY, String(open));
    showPanel(open);
  });
}

/** Where the sticky header ends, for the docked panel to start there: the header grows with the workspace tabs and wraps on narrow screens. */
function followHeader() {
  const header = document.querySelector('.lp-header');
  if (!header) return;
  const place = () => document.documentElement.style.setProperty('--lp-header-bottom', `${Math.round(header.getBoundingClientRect().bottom)}px`);
  new ResizeObserver(place).observe(header);
  place();
}

function switchTabs() {
  for (const tab of document.querySelectorAll('.lp-tabs [role="tab"]')) {
    tab.addEventListener('click', (event) => {
      event.preventDefault();
      for (const other of document.querySelectorAll('.lp-tabs [role="tab"]')) {
        const selected = other === tab;
        other.setAttribute('aria-selected', String(selected));
        other.tabIndex = selected ? 0 : -1;
        other.parentElement.classList.toggle('slds-is-active', selected);
        const panelOf = document.getElementById(other.getAttribute('aria-controls'));
        panelOf.classList.toggle('slds-show', selected);
        panelOf.classList.toggle('slds-hide', !selected);
      }
    });
  }
}

/**
 * The Lightning page's utility bar and tabs: the softphone docked at the bottom, and a
 * screen pop to the record the IVR found when the agent answers (§7.6).
 */
export function mountUtilityBar(page) {
  mountSoftphone(document.getElementById('softphone'), { agentId: page.agentId, baseUrl: page.ccBaseUrl, onScreenPop: screenPop });
  dockPanel();
  followHeader();
  switchTabs();
}
