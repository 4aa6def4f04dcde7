import { LightningElement, api } from 'lwc';

/**
 * A collapsible section of the card (PRODUCT.md §1.1), open at first: an SLDS expandable
 * section whose button tells assistive technology whether it is open. Light DOM, so the
 * page's SLDS styles reach it; what it holds is created only while it is open.
 * https://www.lightningdesignsystem.com/components/expandable-section/
 */
export default class CardSection extends LightningElement {
    static renderMode = 'light';

    @api label;
    /** The id of the collapsible content, unique on the page, for `aria-controls`. */
    @api contentId;

    expanded = true;

    get expandedText() {
        return String(this.expanded);
    }

    get sectionClass() {
        return `slds-section${this.expanded ? ' slds-is-open' : ''}`;
    }

    toggle() {
        this.expanded = !this.expanded;
    }
}
