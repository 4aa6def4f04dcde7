import { Gauge, Histogram, register } from 'prom-client';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';

const acdWait = new Histogram({
  name: 'cc_acd_wait_seconds',
  help: 'Time an interaction waited in its queue before the ACD offered it to an agent, by channel',
  labelNames: ['channel'],
  buckets: [0.1, 1, 5, 15, 30, 60, 120, 300, 600],
});

/** Counted once per offer, from the moment it (re)entered the queue. */
export function observeAcdWait(interaction: InteractionRecord, now: Date): void {
  const since = interaction.queuedAt ?? interaction.startedAt;
  if (since) acdWait.observe({ channel: interaction.channel }, Math.max(0, now.getTime() - Date.parse(since)) / 1000);
}

/**
 * The contact center's own gauges, read when Prometheus scrapes: open agent event streams,
 * write-backs waiting in the outbox (and how many of them already failed once), interactions
 * waiting for an agent. Registered once per process.
 */
export function registerContactCenterMetrics(ctx: CcContext): void {
  for (const name of ['cc_sse_connections', 'cc_outbox_depth', 'cc_outbox_retrying', 'cc_acd_waiting']) register.removeSingleMetric(name);
  const gauge = (name: string, help: string, read: () => number) => new Gauge({ name, help, collect() { this.set(read()); } });
  gauge('cc_sse_connections', 'Open agent event streams', () => ctx.bus.connections());
  gauge('cc_outbox_depth', 'Write-backs not yet written', () => ctx.cc.data.outbox.filter((item) => !item.doneAt).length);
  gauge('cc_outbox_retrying', 'Write-backs that failed at least once and wait for another try', () => ctx.cc.data.outbox.filter((item) => !item.doneAt && item.attempts > 0).length);
  gauge('cc_acd_waiting', 'Interactions waiting in a queue for an agent', () => Object.values(ctx.cc.data.interactions).filter((i) => i.state === 'queued').length);
}
