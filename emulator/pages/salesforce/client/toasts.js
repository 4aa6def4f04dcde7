/** The platform's toast, drawn in the page's toast region. */
export function showToast({ title = '', message = '', variant = 'info' }) {
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
  setTimeout(() => toast.remove(), 6000);
}
