import CustomerCard from 'c/customerCard';
import { afterCardData, mount, page, tabs } from './shell';

/** A record page: the record from its layouts, the customer card beside it, and a workspace tab for it. */
const record = { recordId: page.recordId, objectApiName: page.objectApiName };
document.addEventListener('lprecordtitle', (event) => tabs.open({ url: window.location.pathname, label: event.detail.title, object: event.detail.objectApiName }));
// The card first: the record page's code runs, and its requests leave, once the card has its
// first data (issue 16: the card shows sooner). The build preloads the record page's chunk.
mount('#customer-card', 'c-customer-card', CustomerCard, { ...record, ccBaseUrl: page.ccBaseUrl });
afterCardData(async () => mount('#record-page', 'app-record-page', (await import('app/recordPage')).default, record));
