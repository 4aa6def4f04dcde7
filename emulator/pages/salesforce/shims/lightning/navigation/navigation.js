/**
 * Page references as Lightning Experience uses them, mapped to the local page's URLs.
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-page-reference-type.html
 */
const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

function urlOf(pageReference) {
  const { type, attributes = {}, state = {} } = pageReference;
  let path = '/lightning/page/home';
  if (type === 'standard__recordPage') path = `/lightning/r/${attributes.objectApiName ?? 'Record'}/${attributes.recordId}/${attributes.actionName ?? 'view'}`;
  if (type === 'standard__objectPage') path = `/lightning/o/${attributes.objectApiName}/${attributes.actionName ?? 'home'}`;
  const query = new URLSearchParams(Object.entries(state).filter(([, v]) => v !== undefined && v !== null)).toString();
  return query ? `${path}?${query}` : path;
}

export function NavigationMixin(Base) {
  return class extends Base {
    [NAVIGATE](pageReference, replace) {
      if (replace) window.location.replace(urlOf(pageReference));
      else window.location.assign(urlOf(pageReference));
    }

    [GENERATE_URL](pageReference) {
      return Promise.resolve(urlOf(pageReference));
    }
  };
}
NavigationMixin.Navigate = NAVIGATE;
NavigationMixin.GenerateUrl = GENERATE_URL;

/** The current URL as a page reference (record pages carry their `c__` state). */
function currentPageReference() {
  const match = /^\/lightning\/r\/([^/]+)\/([^/]+)\/([^/]+)/.exec(window.location.pathname);
  const state = Object.fromEntries(new URLSearchParams(window.location.search));
  if (match) return { type: 'standard__recordPage', attributes: { objectApiName: match[1], recordId: match[2], actionName: match[3] }, state };
  return { type: 'standard__namedPage', attributes: { pageName: 'home' }, state };
}

export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }

  update() {
    this.dataCallback(currentPageReference());
  }

  connect() {
    this.dataCallback(currentPageReference());
  }

  disconnect() {}
}
