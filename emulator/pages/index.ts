import { Router } from 'express';
import type { EmulatedService, ServiceContext } from '../service';

/** Placeholder until this part is built (see its issue). */
export function createPagesService(_context: ServiceContext): EmulatedService {
  return { name: 'pages', router: Router() };
}
