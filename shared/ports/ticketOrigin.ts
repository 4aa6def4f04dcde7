import type { Crm } from '../vocabulary/crmRecord';

/**
 * Where an imported ticket or ticket user comes from: a CRM the import reads, or a system
 * that sends them through the open import API (issue 24), named `push-<source>`.
 */
export type TicketOrigin = Crm | `push-${string}`;
