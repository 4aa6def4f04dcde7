/**
 * The console's own layout rules on top of SLDS: a sticky header block (the navigation bar
 * is no longer hidden under a fixed header), one grey background for the whole page (SLDS
 * paints `html` blue), the card column stacking under the record below 64em, and nothing
 * wider than a 390 px phone.
 */
export const CONSOLE_STYLE = `<style>
html, body.lp-console { background: #f3f3f3; min-height: 100%; }
body.lp-console { padding-bottom: 3rem; overflow-x: hidden; }
.lp-header { position: sticky; top: 0; z-index: 40; background: #fff; box-shadow: 0 2px 2px rgba(0,0,0,.1); }
.lp-skip:focus { position: absolute; left: .5rem; top: .5rem; z-index: 60; background: #fff; padding: .25rem .5rem; }
.lp-global-header { position: static; height: auto; min-height: 3rem; padding: .25rem 7rem .25rem .75rem; gap: .5rem; flex-wrap: wrap; }
.lp-logo { font-weight: 700; color: #032d60; font-size: 1rem; }
.lp-search-item { flex: 1 1 18rem; max-width: 36rem; min-width: 0; }
.lp-search .slds-input { width: 100%; }
.lp-user { color: #3e3e3c; }
.lp-context-bar { position: static; min-width: 0; }
.lp-nav { overflow-x: auto; min-width: 0; }
.lp-nav ul { flex-wrap: nowrap; }
.lp-nav .slds-context-bar__item.slds-is-active a { font-weight: 700; }
.lp-workspace { border-top: 1px solid #e5e5e5; overflow-x: auto; }
.lp-workspace-tabs { display: flex; list-style: none; margin: 0; padding: 0 .5rem; min-height: 2.25rem; }
.lp-workspace-tabs:empty { display: none; }
.lp-workspace-tab { display: flex; align-items: center; border-right: 1px solid #e5e5e5; max-width: 14rem; }
.lp-workspace-tab.lp-is-current { box-shadow: inset 0 -3px 0 #0176d3; background: #fafaf9; }
.lp-workspace-tab a { padding: .5rem .5rem .5rem .75rem; color: #181818; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; display: flex; gap: .375rem; align-items: center; }
.lp-workspace-tab button { background: none; border: 0; padding: .25rem .5rem; cursor: pointer; color: #444; }
.lp-main { padding: .75rem; }
.lp-main p a, .lp-value a, .lp-timeline a { text-decoration: underline; }
.lp-page-header { margin-bottom: 0; }
.lp-columns { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: .75rem; }
.lp-primary, .lp-card-column { min-width: 0; }
.lp-utility { position: fixed; bottom: 0; left: 0; right: 0; height: 2.5rem; z-index: 50; background: #fff; border-top: 1px solid #c9c9c9; }
.lp-softphone-panel { position: absolute; bottom: 2.5rem; left: 0; width: 24rem; max-width: 100vw; height: auto; max-height: 70vh; overflow: auto; }
.lp-softphone-panel:not(.slds-is-open) { display: none; }
/* On a wide screen the open softphone docks beside the page instead of covering what the agent reads and clicks. */
@media (min-width: 64.01em) {
  body:has(.lp-softphone-panel.slds-is-open) .lp-main { margin-left: 24rem; }
  /* Docked, the panel is the whole column from the console's header down to the bar (utilityBar.js keeps --lp-header-bottom). */
  .lp-softphone-panel { position: fixed; top: var(--lp-header-bottom, 8rem); bottom: 2.5rem; max-height: none; border-right: 1px solid #c9c9c9; }
}
.lp-table-scroll { overflow-x: auto; }
/* Highlights that do not fit wrap onto more rows, aligned under each other: a gap, not SLDS's side padding, spaces them. */
.slds-page-header__detail-row { flex-wrap: wrap; gap: .75rem 2rem; }
.slds-page-header__detail-block { min-width: 10rem; max-width: 100%; padding-left: 0; padding-right: 0; }
#toasts { position: fixed; top: 6rem; left: 50%; transform: translateX(-50%); z-index: 100; max-width: calc(100vw - 1rem); }
@media (max-width: 64em) {
  .lp-columns { grid-template-columns: minmax(0, 1fr); }
}
@media (max-width: 30em) {
  .lp-global-header { padding-right: 6.5rem; }
  .lp-brand, .lp-user { display: none; }
  .lp-search-item { flex-basis: 100%; }
  .lp-main { padding: .5rem; }
}
</style>`;
