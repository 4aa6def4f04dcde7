import { Router } from 'express';
import type { EmulatedService, ServiceContext } from '../service';

/** Placeholder until this part is built (see its issue). */
export function createContactCenterService(_context: ServiceContext): EmulatedService {
  return { name: 'contact-center', router: Router() };
}
