import { z } from 'zod';

const on = <T extends z.ZodRawShape>(shape: T) => {
  const schema = z.object({ enabled: z.boolean().default(true), ...shape });
  // Every field has a default, so an absent section means "on with defaults".
  return schema.prefault({} as z.input<typeof schema>);
};

const typeList = (defaults: string[]) => z.array(z.string().trim().min(1)).default(defaults);

/** Every switchable feature of PRODUCT.md §1–§8 (§1.3: an admin turns each on or off). */
export const featuresSchema = z
  .object({
    /** §1: the card itself, refreshed with each new message on digital channels (§1.2). */
    card: on({ refreshOnMessage: z.boolean().default(true) }),
    /** §2: link and unlink, and the write-back of the interaction on linked records. */
    link: on({}),
    /** §3: relate records to the interaction record, automatically by default (§3.1). */
    relate: on({ autoRelate: z.boolean().default(true) }),
    /** §4: the record types an admin allows agents to create, per CRM. */
    create: on({
      allowedTypes: z
        .object({
          salesforce: typeList(['Contact', 'Lead', 'Case']),
          servicenow: typeList(['csm_consumer', 'customer_contact', 'sn_customerservice_case']),
          zendesk: typeList(['user', 'ticket']),
          dynamics: typeList(['contact', 'incident']),
        })
        .prefault({}),
    }),
    /** §5: Related interactions, with expansion of related records on demand (§5.2). */
    related: on({ expand: z.boolean().default(true) }),
    /** §6: duplicate candidates, card search and merge. */
    merge: on({}),
    /** §7.1–7.2: the IVR data action looking the caller up by ANI. */
    ivrLookup: on({}),
    /** §7.3: CRM data choosing queue and skills. */
    routing: on({}),
    /** §7.6: the card opens the record found by the IVR on answer. */
    screenPop: on({}),
    /** §8: user and ticket import. */
    ticketImport: on({}),
  })
  .prefault({});

export type Features = z.infer<typeof featuresSchema>;
export type Feature = keyof Features;
export const FEATURES = Object.keys(featuresSchema.unwrap().shape) as Feature[];
