import { Gauge, register } from 'prom-client';
import type { CcContext } from '../context';

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
