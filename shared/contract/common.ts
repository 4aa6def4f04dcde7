import { z } from 'zod';
import { CHANNELS } from '../vocabulary/channel';
import { CRMS } from '../vocabulary/crmRecord';

/** Every error of `/cc/v1`: a machine code, a sentence, and for invalid input each error with its path. */
export const errorBody = z
  .looseObject({
    error: z.string(),
    message: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), in: z.enum(['params', 'query', 'body']).optional() })).optional(),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof errorBody>;

export const crm = z.enum(CRMS);
export const channel = z.enum(CHANNELS);

/** A non-empty trimmed string of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1, 'required and must not be empty').max(max, `at most ${max} characters`);

/** Ids the service hands out (`int-000042`) and CRM ids: printable, no slashes, bounded. */
export const id = z.string().min(1).max(64);

export const idParams = z.object({ id });

export const recordRef = z.object({ crm, object: text(80), id: text(64) }).meta({ id: 'CrmRecordRef' });
export const crmRecord = recordRef.extend({ name: z.string(), fields: z.record(z.string(), z.unknown()).optional() });

export const isoTime = z.string().meta({ format: 'date-time' });
