/** The exports give no total up front, so the bar shows the phase: users, then tickets, then done. */
export const PHASE_PERCENT: Readonly<Record<string, number>> = { users: 20, tickets: 60, done: 100 };
