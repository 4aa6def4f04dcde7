import type { Channel, InteractionState } from '../../../shared';
import type { ContactCenterData, InteractionRecord } from '../data';
import { nextId } from '../data';

/** A new interaction in its first lifecycle state: `ivr` for a call, `queued` for digital. */
export function newInteraction(
  data: ContactCenterData,
  now: Date,
  fields: { channel: Channel; from: string; to?: string; subject?: string },
): InteractionRecord {
  const state: InteractionState = fields.channel === 'voice' ? 'ivr' : 'queued';
  const at = now.toISOString();
  const interaction: InteractionRecord = {
    id: nextId(data, 'int'),
    ...fields,
    state,
    startedAt: at,
    messages: [],
    participantData: {},
    interactionRecords: [],
    visited: [],
    history: [{ state, at, event: 'created' }],
  };
  data.interactions[interaction.id] = interaction;
  return interaction;
}
