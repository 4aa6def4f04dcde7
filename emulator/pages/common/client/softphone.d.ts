/** The agent desktop's entry (softphone.js), as TypeScript pages embed it. */
export interface SoftphoneOptions<I = unknown> {
  agentId: string;
  baseUrl?: string;
  /** Runs after an answer or a pick, with the answered interaction. */
  onScreenPop?: (interaction: I) => void;
  keyboardTarget?: EventTarget;
}

export function mountSoftphone<I = unknown>(host: Element, options: SoftphoneOptions<I>): { close(): void };
