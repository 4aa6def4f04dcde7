import CustomerCard from 'c/customerCard';
import RecordPage from 'app/recordPage';
import { mount, page, tabs } from './shell';

/** A record page: the record from its layouts, the customer card beside it, and a workspace tab for it. */
const record = { recordId: page.recordId, objectApiName: page.objectApiName };
document.addEventListener('lprecordtitle', (event) => tabs.open({ url: window.location.pathname, label: event.detail.title, object: event.detail.objectApiName }));
mount('#record-page', 'app-record-page', RecordPage, record);
mount('#customer-card', 'c-customer-card', CustomerCard, { ...record, ccBaseUrl: page.ccBaseUrl });
