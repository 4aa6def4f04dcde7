import type { WrapUpConfig } from './desktopConfig';

export interface WrapUpInput {
  disposition?: string;
  notes?: string;
}

/** The wrap-up kept: the disposition's label too, as the CRMs' activities show it to people. */
export interface WrapUp extends WrapUpInput {
  dispositionLabel?: string;
}

export type WrapUpDecision = { wrapUp: WrapUp } | { refused: 'disposition-required' | 'unknown-disposition'; message: string };

/**
 * The agent's wrap-up (issue 15 item 6) checked against the configuration: a disposition must
 * be one of the configured codes, and is needed at all only when the admin said so. Notes are
 * kept as typed, trimmed; empty ones are none.
 */
export function decideWrapUp(config: WrapUpConfig, input: WrapUpInput | undefined): WrapUpDecision {
  const disposition = input?.disposition?.trim() || undefined;
  const notes = input?.notes?.trim() || undefined;
  if (disposition === undefined && config.required) {
    return { refused: 'disposition-required', message: `Pick a disposition: ${config.dispositions.map((d) => d.code).join(', ')}.` };
  }
  const chosen = config.dispositions.find((d) => d.code === disposition);
  if (disposition !== undefined && !chosen) {
    return { refused: 'unknown-disposition', message: `Unknown disposition "${disposition}"; one of ${config.dispositions.map((d) => d.code).join(', ')}.` };
  }
  return { wrapUp: { ...(chosen ? { disposition: chosen.code, dispositionLabel: chosen.label } : {}), ...(notes ? { notes } : {}) } };
}

/** When after-call work that starts at `at` completes by itself. */
export const acwDeadline = (config: WrapUpConfig, at: Date): string => new Date(at.getTime() + config.maxSeconds * 1000).toISOString();
