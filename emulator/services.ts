import { createContactCenterService } from './contact-center';
import { createDemoServices } from './demo-services';
import { createDynamicsService } from './dynamics';
import { createPagesService } from './pages';
import { createSalesforceService } from './salesforce';
import type { EmulatedService, ServiceContext } from './service';
import { createServiceNowService } from './servicenow';
import { createZendeskService } from './zendesk';

/** Every emulated part, in the order they are seeded and mounted. */
export function createServices(context: ServiceContext): EmulatedService[] {
  return [
    createSalesforceService(context),
    createServiceNowService(context),
    createZendeskService(context),
    createDynamicsService(context),
    createDemoServices(),
    createContactCenterService(context),
    createPagesService(context),
  ];
}
