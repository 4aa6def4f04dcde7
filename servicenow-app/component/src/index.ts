import './x-cc-customer-card';
