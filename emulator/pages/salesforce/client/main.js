import { createElement } from 'lwc';
import CustomerCard from 'c/customerCard';
import RecordHeader from 'app/recordHeader';
import { showToast } from './toasts';

/** Mounts the real components into the server-rendered Lightning page frame. */
const page = JSON.parse(document.getElementById('page-config').textContent);

function mount(selector, tag, Component, props) {
  const host = document.querySelector(selector);
  if (!host) return;
  const element = createElement(tag, { is: Component });
  Object.assign(element, props);
  host.appendChild(element);
}

document.addEventListener('lightning__showtoast', (event) => showToast(event.detail));
const record = { recordId: page.recordId, objectApiName: page.objectApiName };
if (page.recordId) mount('#record-header', 'app-record-header', RecordHeader, record);
// The local org's App Builder setting: the emulated contact-center service shares the page's origin.
mount('#customer-card', 'c-customer-card', CustomerCard, { ...record, ccBaseUrl: page.ccBaseUrl || window.location.origin });
