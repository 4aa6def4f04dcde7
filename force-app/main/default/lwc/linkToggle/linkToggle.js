import { LightningElement, api } from 'lwc';
import { sameRecord } from 'c/customerCardDomain';
import { ccClient } from 'c/ccSession';
import { reduceErrors } from 'c/reduceErrors';

/** How each link state looks (PRODUCT.md §2.1: the link icon shows the state). */
const LOOKS = {
    linked: { icon: 'utility:link', tone: 'success', label: 'Linked', action: 'Unlink' },
    due: { icon: 'utility:sync', tone: 'default', label: 'Writing back', action: 'Unlink' },
    written: { icon: 'utility:check', tone: 'success', label: 'Written back', action: 'Unlink' },
    'unlinked-after-write': { icon: 'utility:unlinked', tone: 'weak', label: 'Unlinked after write-back', action: 'Link' },
    unlinked: { icon: 'utility:unlinked', tone: 'weak', label: 'Not linked', action: 'Link' }
};

/** Link or unlink one CRM record to the interaction; the service decides and writes back. */
export default class LinkToggle extends LightningElement {
    static renderMode = 'light';

    @api record;
    @api links = [];
    @api interactionId;
    @api ccBaseUrl = '';

    busy = false;
    error;

    /** The record's newest link of this interaction, if any. */
    get link() {
        const mine = this.links.filter((l) => l.interactionId === this.interactionId && sameRecord(l.record, this.record));
        return mine[mine.length - 1];
    }

    get state() {
        return this.link ? this.link.state : 'unlinked';
    }

    get look() {
        return LOOKS[this.state];
    }

    get labelClass() {
        return `slds-text-body_small slds-m-left_xx-small slds-text-color_${this.look.tone}`;
    }

    get buttonLabel() {
        return `${this.look.action} (${this.look.label})`;
    }

    async toggle() {
        const cc = ccClient(this.ccBaseUrl);
        this.busy = true;
        try {
            if (this.look.action === 'Unlink') await cc.call('deleteLink', { params: { id: this.interactionId, linkId: this.link.id } });
            else await cc.call('createLink', { params: { id: this.interactionId }, body: { crm: this.record.crm, object: this.record.object, id: this.record.id } });
            this.error = undefined;
            this.dispatchEvent(new CustomEvent('linkchange', { bubbles: true }));
        } catch (error) {
            this.error = reduceErrors(error).join(' ');
        } finally {
            this.busy = false;
        }
    }
}
