import {
  buildCardIndex,
  cardFor,
  interactionId,
  cardId,
  identityPointOf,
  resolveCard,
  type CardId,
  type CardIndex,
  type CustomerCard,
  type Region,
} from '../../../shared';
import type { CcContext } from '../context';
import { nextId, ownEntry, type InteractionRecord } from '../data';

/** Keeps the domain's card index over the stored cards, rebuilt only after a card changed. */
export class CardDirectory {
  private index: CardIndex | null = null;

  constructor(
    private readonly ctx: CcContext,
    private readonly region: () => Region,
  ) {}

  changed(): void {
    this.index = null;
  }

  /** A new card joins the index as it is; rebuilding it for every call would cost one pass over all cards. */
  private added(card: CustomerCard): void {
    if (!this.index) return;
    const one = buildCardIndex([card], this.index.region);
    for (const [id, facts] of one.facts) this.index.facts.set(id, facts);
    for (const [key, id] of one.byKey) this.index.byKey.set(key, id);
    for (const name of ['byPhone', 'byEmail', 'byRecord', 'byNameBlock', 'byNamePrefix'] as const) {
      // The index's lists are read on the spot and never handed out to be kept, so they grow in place.
      for (const [key, ids] of one[name]) {
        const list = this.index[name].get(key);
        if (list) list.push(...ids);
        else this.index[name].set(key, ids);
      }
    }
  }

  current(): CardIndex {
    // Merged cards go in too: their keys lead to their survivor (§6.3).
    this.index ??= buildCardIndex(Object.values(this.ctx.cc.data.cards), this.region());
    return this.index;
  }

  live(): CustomerCard[] {
    return Object.values(this.ctx.cc.data.cards).filter((card) => !card.mergedInto);
  }

  /** A card by any id it ever had: a merged card's id answers its survivor (§6.3). */
  resolve(id: string): CustomerCard | undefined {
    const data = this.ctx.cc.data;
    if (!Object.hasOwn(data.cards, id) && !Object.hasOwn(data.cardAliases, id)) return undefined;
    return ownEntry(data.cards, resolveCard(data.cardAliases as Record<string, CardId>, cardId(id)));
  }

  /**
   * The contact's card on this channel, new when the contact or the channel is new (§6.1);
   * the interaction joins it.
   */
  assign(interaction: InteractionRecord): CustomerCard {
    const point = identityPointOf(interaction, this.region());
    const identified = interaction.ivr?.outcome === 'identified' ? interaction.ivr.matches[0] : undefined;
    let card = cardFor(this.current(), interaction.channel, point);
    const isNew = !card;
    if (!card) {
      card = {
        id: cardId(nextId(this.ctx.cc.data, 'card')),
        channel: interaction.channel,
        name: identified?.name ?? '',
        identityPoints: [point],
        interactionIds: [],
        links: [],
        createdAt: this.ctx.now().toISOString(),
      };
      this.ctx.cc.data.cards[card.id] = card;
    }
    card.interactionIds.push(interactionId(interaction.id));
    interaction.cardId = card.id;
    if (isNew) this.added(card);
    else if (!card.name && identified?.name) {
      card.name = identified.name;
      this.changed();
    }
    return card;
  }
}
