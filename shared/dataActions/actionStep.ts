import { z } from 'zod';
import { factNameSchema } from '../facts/factSchema';
import { IDENTIFIERS, type Identifier } from '../ivr/lookupPlan';

/**
 * Where one input of an action comes from: the call's ANI, what the caller gave for this step
 * (the ANI or the digits they entered), or a customer fact an earlier CRM lookup found.
 */
export const actionInputSourceSchema = z.string().regex(/^(ani|entered|fact\.[a-zA-Z][a-zA-Z0-9_]*)$/, "'ani', 'entered' or 'fact.<name>'");

/**
 * A generic data action as a step of the IVR's lookup plan (issue 19): when the caller gives
 * `identifier`, the action runs with its inputs filled from the caller, and its output's
 * values become the customer facts named in `facts`. An action that `identifies` may name a
 * caller no CRM knows (its facts carry the name the greeting uses).
 */
export const actionStepSchema = z.strictObject({
  action: z.string().min(1, 'the id of a data action'),
  identifier: z.enum(IDENTIFIERS).default('ani'),
  input: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), actionInputSourceSchema),
  /** Fact name → the output property it takes its value from. */
  facts: z.record(factNameSchema, z.string().min(1)).refine((facts) => Object.keys(facts).length > 0, 'a step gives at least one fact'),
  identifies: z.boolean().default(false),
});

export type ActionStep = z.output<typeof actionStepSchema>;

/** What the caller gave so far, and the facts the CRMs found: what an action's input may read. */
export interface StepInputs {
  ani?: string;
  entered: string;
  facts: Readonly<Record<string, unknown>>;
}

const factOf = (source: string) => (source.startsWith('fact.') ? source.slice(5) : undefined);

/** The facts a step waits for: a step that needs none runs beside the CRM lookups. */
export const factsNeeded = (step: ActionStep): string[] => Object.values(step.input).flatMap((source) => factOf(source) ?? []);

/** The steps of the plan that run when the caller gives this identifier. */
export const stepsFor = (steps: readonly ActionStep[], identifier: Identifier) => steps.filter((step) => step.identifier === identifier);

/** The step's input, or the name of the first source the call cannot fill (the step is then skipped). */
export function stepInput(step: ActionStep, given: StepInputs): { input: Record<string, unknown> } | { missing: string } {
  const input: Record<string, unknown> = {};
  for (const [name, source] of Object.entries(step.input)) {
    const fact = factOf(source);
    const value = fact !== undefined ? given.facts[fact] : source === 'ani' ? given.ani : given.entered;
    if (value === undefined || value === null || value === '') return { missing: source };
    input[name] = value;
  }
  return { input };
}

export type FactScalar = string | number | boolean;

/** The facts a found output gives, by the step's mapping: a fact is one value, so lists and objects give none. */
export function stepFacts(step: ActionStep, output: Readonly<Record<string, unknown>>): Record<string, FactScalar> {
  const facts: Record<string, FactScalar> = {};
  for (const [fact, property] of Object.entries(step.facts)) {
    const value = Object.hasOwn(output, property) ? output[property] : undefined;
    if ((typeof value === 'string' && value !== '') || typeof value === 'number' || typeof value === 'boolean') facts[fact] = value;
  }
  return facts;
}
