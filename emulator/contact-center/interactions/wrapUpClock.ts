import type { StoreCluster } from '../../store/cluster';
import type { CcContext } from '../context';

/**
 * After-call work ends by itself at its deadline (config `wrapUp.maxSeconds`, issue 15 item 6):
 * the call closes and is written back with whatever wrap-up the agent gave. The deadline is
 * stored with the interaction, so a restart still completes it. Instances sharing a database
 * take turns, so one of them completes each call.
 */
export class WrapUpClock {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ctx: CcContext,
    private readonly cluster?: Pick<StoreCluster, 'exclusive'>,
  ) {}

  start(intervalMs = 500): void {
    this.timer ??= setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Completes every after-call work past its deadline; one run at a time. */
  tick(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    if (!this.due().length) return;
    if (this.cluster) await this.cluster.exclusive('wrap-up-clock', () => this.complete());
    else await this.complete();
  }

  private due() {
    const now = this.ctx.now().toISOString();
    return Object.values(this.ctx.cc.data.interactions).filter((i) => i.state === 'acw' && i.acwDeadline !== undefined && i.acwDeadline <= now);
  }

  private async complete(): Promise<void> {
    for (const interaction of this.due()) {
      try {
        await this.ctx.lifecycle.transition(interaction, 'acw-complete');
      } catch (error) {
        console.error(`[contact-center] could not complete after-call work of ${interaction.id}:`, (error as Error).message);
      }
    }
  }
}
