import { CHANNEL_LABELS } from '../../../../../shared/vocabulary/channel';
import { iconHref } from '../iconHref';

/** SLDS utility icons per channel; channels without their own icon share the chat bubble. */
const ICONS = { voice: 'call', email: 'email', chat: 'chat', sms: 'sms', whatsapp: 'comments', facebook: 'socialshare', forum: 'comments' };
const SVG = 'http://www.w3.org/2000/svg';

/** The channel's icon with its name for screen readers. */
export function channelIcon(channel) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'slds-icon slds-icon_x-small slds-icon-text-default cc-desktop__icon');
  svg.setAttribute('aria-hidden', 'true');
  const use = document.createElementNS(SVG, 'use');
  use.setAttribute('href', iconHref(`utility:${ICONS[channel] ?? 'chat'}`));
  svg.append(use);
  const label = document.createElement('span');
  label.className = 'slds-assistive-text';
  label.textContent = CHANNEL_LABELS[channel] ?? channel;
  return [svg, label];
}
