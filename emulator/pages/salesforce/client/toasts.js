const SHOWN_MS = 6000;
const CARRIED = 'lp.toasts';
/** Toasts on screen, with when each goes. */
const live = new Set();

/** The platform's toast, drawn in the page's toast region. */
export function showToast({ title = '', message = '', variant = 'info' }, until = Date.now() + SHOWN_MS) {
  const region = document.getElementById('toasts');
  const toast = document.createElement('div');
  toast.className = `slds-notify slds-notify_toast slds-theme_${variant === 'error' ? 'error' : variant === 'success' ? 'success' : 'info'}`;
  toast.setAttribute('role', 'status');
  const body = document.createElement('div');
  body.className = 'slds-notify__content';
  const heading = document.createElement('h2');
  heading.className = 'slds-text-heading_small';
  heading.textContent = title;
  const text = document.createElement('p');
  text.textContent = message;
  body.append(heading, text);
  toast.append(body);
  region.append(toast);
  const entry = { title, message, variant, until };
  live.add(entry);
  setTimeout(() => {
    toast.remove();
    live.delete(entry);
  }, Math.max(0, until - Date.now()));
}

/**
 * The console is one page in Lightning, so a toast outlives a navigation ("Case created", then
 * the new Case opens). Each local page is its own document: a toast still showing when the page
 * goes is carried to the next console page of the tab for the rest of its time.
 */
export function carryToasts() {
  window.addEventListener('pagehide', () => {
    if (live.size) sessionStorage.setItem(CARRIED, JSON.stringify([...live]));
  });
  const carried = JSON.parse(sessionStorage.getItem(CARRIED) || '[]');
  sessionStorage.removeItem(CARRIED);
  for (const toast of carried) if (toast.until > Date.now()) showToast(toast, toast.until);
}
