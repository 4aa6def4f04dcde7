import { factsNeeded, runDataAction, stepFacts, stepInput, stepsFor, type ActionStep, type Config, type FactScalar, type Identifier } from '../../../shared';
import type { IvrResult } from '../data';

type ActionRun = NonNullable<IvrResult['actions']>[number];

/** What the lookup plan's data action steps gave one identification. */
export interface ActionStepsAnswer {
  runs: ActionRun[];
  /** Facts of every found step, the first step's value winning (plan order). */
  facts: Record<string, FactScalar>;
  /** Facts of the first found step that identifies: a caller no CRM knows. */
  identifying?: Record<string, FactScalar>;
}

export interface ActionStepOptions {
  /** The service's own origin: where an action whose URL is a path goes (the demo services). */
  origin: string;
  fetch?: typeof fetch;
}

interface StepCall {
  kind: Identifier;
  /** What the caller gave for this identification, and the call's ANI. */
  entered: string;
  ani?: string;
  /** When the IVR's lookup began (`performance.now()`): every step ends within its budget. */
  startedAt: number;
}

/**
 * Runs the plan's data action steps for this identifier (issue 19). A step whose input comes
 * from the caller starts at once, beside the CRM lookups; one that needs a fact waits for
 * `crmFacts` and gets what is left of the IVR's budget. No step ever throws or outlives the
 * budget: a failure is a named run and the IVR goes on.
 */
export async function runActionSteps(config: Config, call: StepCall, crmFacts: Promise<Record<string, unknown>>, options: ActionStepOptions): Promise<ActionStepsAnswer> {
  const steps = stepsFor(config.ivr.lookup.actions, call.kind);
  if (steps.length === 0) return { runs: [], facts: {} };
  const runOne = async (step: ActionStep): Promise<{ step: ActionStep; run: ActionRun; output?: Record<string, unknown> }> => {
    const facts = factsNeeded(step).length > 0 ? await crmFacts : {};
    const left = config.ivr.budgetMs - (performance.now() - call.startedAt);
    const run = (outcome: ActionRun['outcome'], extra: Partial<ActionRun> = {}): ActionRun => ({ action: step.action, outcome, ms: 0, ...extra });
    const action = config.dataActions.actions.find((a) => a.id === step.action);
    if (!action) return { step, run: run('error', { reason: 'unknown-action', detail: `no data action '${step.action}'` }) };
    const input = stepInput(step, { ani: call.ani, entered: call.entered, facts });
    if ('missing' in input) return { step, run: run('skipped', { reason: 'no-input', detail: `nothing for ${input.missing}` }) };
    if (left <= 0) return { step, run: run('error', { reason: 'timeout', detail: `no time left of the IVR's ${config.ivr.budgetMs} ms` }) };
    const result = await runDataAction(action, input.input, { secrets: config.dataActions.secrets, origin: options.origin, fetch: options.fetch, timeoutMs: left });
    const ms = Math.round(result.ms);
    if (result.outcome === 'error') return { step, run: run('error', { reason: result.reason, detail: result.detail, ms }) };
    return { step, run: run(result.outcome, { ms }), ...(result.outcome === 'found' ? { output: result.output } : {}) };
  };
  const done = await Promise.all(steps.map(runOne));
  const answer: ActionStepsAnswer = { runs: done.map((d) => d.run), facts: {} };
  for (const { step, output } of done) {
    if (!output) continue;
    const facts = stepFacts(step, output);
    answer.facts = { ...facts, ...answer.facts };
    if (step.identifies && !answer.identifying && Object.keys(facts).length > 0) answer.identifying = facts;
  }
  for (const failed of answer.runs.filter((r) => r.outcome === 'error')) {
    // The reason and detail only: the request may carry a secret, the log never does.
    console.error(`[contact-center] IVR data action ${failed.action} failed: ${failed.reason} (${failed.detail})`);
  }
  return answer;
}
