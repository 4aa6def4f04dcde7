import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { ccClient } from 'c/ccSession';
import { reduceErrors } from 'c/reduceErrors';
import { ModalKeyboardMixin } from 'c/modalKeyboard';

const REASONS = {
    'same-phone': 'Same phone number',
    'same-email': 'Same email',
    'similar-name': 'Similar name',
    'same-linked-record': 'Same linked record'
};

/**
 * *Merge* (PRODUCT.md §6.2–6.3): the cards the service ranks as probable duplicates, with
 * why, a search over all cards, and the merge itself.
 */
export default class MergeDialog extends ModalKeyboardMixin(LightningElement, 'lightning-input') {
    static renderMode = 'light';

    @api card;
    @api ccBaseUrl = '';

    candidates = [];
    results;
    chosenIds = [];
    error;
    merging = false;

    get cc() {
        return ccClient(this.ccBaseUrl);
    }

    connectedCallback() {
        this.cc
            .call('findDuplicates', { params: { id: this.card.id } })
            .then(({ duplicates }) => {
                this.candidates = duplicates;
            })
            .catch((error) => {
                this.error = reduceErrors(error).join(' ');
            });
    }

    get rows() {
        const list = this.results || this.candidates.map((c) => ({ ...c.card, reasons: c.reasons }));
        return list
            .filter((card) => card.id !== this.card.id)
            .map((card) => ({
                id: card.id,
                name: card.name || card.id,
                channel: card.channel,
                points: (card.identityPoints || []).map((p) => p.value).join(', '),
                reasons: (card.reasons || []).map((r) => REASONS[r] || r).join(', '),
                checked: this.chosenIds.includes(card.id)
            }));
    }

    get hasRows() {
        return this.rows.length > 0;
    }

    get mergeDisabled() {
        return this.chosenIds.length === 0 || this.merging;
    }

    async search(event) {
        const q = event.detail.value;
        if (!q) {
            this.results = undefined;
            return;
        }
        try {
            const { cards } = await this.cc.call('searchCards', { query: { q } });
            this.results = cards;
        } catch (error) {
            this.error = reduceErrors(error).join(' ');
        }
    }

    select(event) {
        const id = event.target.dataset.id;
        this.chosenIds = event.target.checked ? [...this.chosenIds, id] : this.chosenIds.filter((s) => s !== id);
    }

    async merge() {
        this.merging = true;
        try {
            const { card } = await this.cc.call('mergeCards', { params: { id: this.card.id }, body: { cardIds: this.chosenIds } });
            this.dispatchEvent(new ShowToastEvent({ title: 'Cards merged', message: `${this.chosenIds.length + 1} cards are now ${card.name || card.id}.`, variant: 'success' }));
            this.dispatchEvent(new CustomEvent('merged', { detail: { card } }));
        } catch (error) {
            this.error = reduceErrors(error).join(' ');
        } finally {
            this.merging = false;
        }
    }
}
