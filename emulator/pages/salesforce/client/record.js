import CustomerCard from 'c/customerCard';
import RecordPage from 'app/recordPage';
import { mount, page, tabs } from './shell';

/** A record page: the record from its layouts, the customer card beside it, and a workspace tab for it. */
const record = { recordId: page.recordId, objectApiName: page.objectApiName };
document.addEventListener('lprecordtitle', (event) => tabs.open({ url: window.location.pathname, label: event.detail.title, object: event.detail.objectApiName }));
// The card first: its reads start before the record page renders (issue 16: the card shows sooner).
mount('#customer-card', 'c-customer-card', CustomerCard, { ...record, ccBaseUrl: page.ccBaseUrl });
mount('#record-page', 'app-record-page', RecordPage, record);
