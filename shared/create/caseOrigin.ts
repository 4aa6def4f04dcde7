import type { Channel } from '../vocabulary/channel';

/**
 * Salesforce Case.Origin for the channel the contact came in on. Phone, Email and Web are the
 * standard values (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm);
 * Chat is the value orgs add for live chat. Messaging channels have no agreed value and are left
 * for the agent to choose.
 */
const ORIGINS: Partial<Record<Channel, string>> = {
  voice: 'Phone',
  email: 'Email',
  chat: 'Chat',
  forum: 'Web',
  'in-app': 'Web',
};

export const caseOriginOf = (channel: Channel): string | undefined => ORIGINS[channel];
