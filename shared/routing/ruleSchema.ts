import { z } from 'zod';

/** PRODUCT.md §7.3: the ACD takes at most five skills per interaction. */
export const MAX_SKILLS = 5;

export const CONDITION_OPS = ['eq', 'in', 'gte', 'lte', 'contains', 'exists'] as const;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * One test over a customer fact (`tier`, the same in every CRM) or, as rules were first written,
 * over one CRM's field (`field` may be a dotted path, `Account.Priority__c`).
 * The value's shape depends on the operator, so a rule an admin mistyped fails at load.
 */
export const routingConditionSchema = z
  .object({
    fact: z.string().trim().min(1, 'a condition needs the fact it tests').optional(),
    field: z.string().trim().min(1, 'a condition needs the CRM field it tests').optional(),
    op: z.enum(CONDITION_OPS),
    value: z.union([scalar, z.array(scalar)]).optional(),
  })
  .superRefine((condition, ctx) => {
    const { op, value } = condition;
    const fail = (message: string) => ctx.addIssue({ code: 'custom', path: ['value'], message });
    if ((condition.fact === undefined) === (condition.field === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['fact'], message: 'a condition tests one fact (or one CRM field)' });
    }
    if (op === 'in' && !(Array.isArray(value) && value.length > 0)) fail("'in' needs a non-empty list of values");
    if ((op === 'gte' || op === 'lte') && typeof value !== 'number') fail(`'${op}' needs a number`);
    if ((op === 'eq' || op === 'contains') && (value === undefined || Array.isArray(value))) fail(`'${op}' needs one value`);
    if (op === 'exists' && value !== undefined && typeof value !== 'boolean') fail("'exists' takes true, false or no value");
  });

/** Skill priority: 1 is the most important; when more than five are requested the lowest numbers are kept. */
export const skillRequestSchema = z.object({
  name: z.string().trim().min(1, 'a skill needs a name'),
  priority: z.number().int().min(1).max(100).default(50),
});

export const routingRuleSchema = z
  .object({
    name: z.string().trim().min(1).optional(),
    when: z.array(routingConditionSchema).min(1, 'a rule needs at least one condition'),
    queue: z.string().trim().min(1).optional(),
    skills: z.array(skillRequestSchema).optional(),
    /** Later rules are not evaluated once this one fired. */
    stop: z.boolean().default(false),
  })
  .refine((rule) => rule.queue !== undefined || (rule.skills?.length ?? 0) > 0, {
    message: 'a rule must choose a queue or at least one skill',
    path: ['queue'],
  });

export const routingConfigSchema = z
  .object({
    defaultQueue: z.string().trim().min(1).default('General'),
    rules: z.array(routingRuleSchema).default([]),
  })
  .prefault({});

export type RoutingCondition = z.infer<typeof routingConditionSchema>;
export type ConditionOp = RoutingCondition['op'];
export type SkillRequest = z.infer<typeof skillRequestSchema>;
export type RoutingRule = z.infer<typeof routingRuleSchema>;
export type RoutingConfig = z.infer<typeof routingConfigSchema>;
