import CustomerCard from 'c/customerCard';
import { mount, page } from './shell';

/** Home: the customer card of the agent's current interaction. */
mount('#customer-card', 'c-customer-card', CustomerCard, { ccBaseUrl: page.ccBaseUrl });
