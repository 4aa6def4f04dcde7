import { describe, expect, it } from 'vitest';
import { agentActions, isOnDesktop } from './agentActions';

describe('§10.2 what the agent can do in each state, read off the lifecycle', () => {
  it('a ringing call is answered (or declined, or passed on)', () => {
    expect(agentActions('voice', 'alerting')).toEqual(['answer', 'hangup', 'transfer']);
  });

  it('a connected call is hung up or transferred; after-call work is completed', () => {
    expect(agentActions('voice', 'connected')).toEqual(['hangup', 'transfer']);
    expect(agentActions('voice', 'acw')).toEqual(['acw-complete']);
  });

  it('an assigned chat is transferred or unassigned; a closed one offers nothing', () => {
    expect(agentActions('chat', 'assigned')).toEqual(['transfer', 'unassign']);
    expect(agentActions('chat', 'closed')).toEqual([]);
  });

  it('keeps on the desktop only what the agent still handles', () => {
    expect(['alerting', 'connected', 'acw', 'assigned', 'queued', 'closed'].filter((s) => isOnDesktop(s as never))).toEqual(['alerting', 'connected', 'acw', 'assigned']);
  });
});
