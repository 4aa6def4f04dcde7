import { LightningElement, api } from 'lwc';

/** The messages of a digital interaction (PRODUCT.md §1.2); the card passes new ones on `card.updated`. */
export default class DigitalMessages extends LightningElement {
    static renderMode = 'light';

    @api messages = [];

    get items() {
        return this.messages.map((message, index) => ({
            ...message,
            key: `${index}:${message.at}`,
            className: `slds-chat-listitem slds-chat-listitem_${message.direction === 'inbound' ? 'inbound' : 'outbound'}`
        }));
    }

    get count() {
        return `${this.messages.length} message${this.messages.length === 1 ? '' : 's'}`;
    }
}
