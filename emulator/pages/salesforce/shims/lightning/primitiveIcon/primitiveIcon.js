import { LightningElement, api } from 'lwc';
import { classSet } from 'lightning/utils';
import { getName, isValidName } from 'lightning/iconUtils';
import { iconHref } from '../../../../common/client/iconHref';

/** One of `validValues` (case-insensitive), else the fallback. */
function normalize(value, { fallbackValue, validValues }) {
    const normalized = typeof value === 'string' ? value.trim().toLowerCase() : '';
    return validValues.includes(normalized) ? normalized : fallbackValue;
}

/** Only same-origin paths and http(s) URLs reach `<use href>`. */
const safeUrl = (url) => (/^(\/(?!\/)|https?:)/i.test(String(url)) ? String(url) : '');

/**
 * `lightning-primitive-icon` drawing SLDS's icons from SVG files instead of the base components'
 * icon template chunks: those ship every icon of a category as JavaScript (650 KB each for
 * utility and standard), a file holds one icon and is cached (issue 16: the page's JS stays small).
 * Same public properties and classes as the base component's.
 */
export default class LightningPrimitiveIcon extends LightningElement {
    static validationOptOut = ['class'];

    @api src;
    @api svgClass;
    @api iconName;
    _size = 'medium';
    _variant = '';

    connectedCallback() {
        // The base components' icon styles apply to a host marked as rendered in native shadow.
        if (!this.template.synthetic) this.setAttribute('data-render-mode', 'shadow');
    }

    @api
    get size() {
        return this._size;
    }
    set size(value) {
        this._size = value;
        this.setAttribute('size', this.normalizeSize(value));
    }

    @api
    get variant() {
        return this._variant;
    }
    set variant(value) {
        this._variant = value;
        this.setAttribute('variant', normalize(value, { fallbackValue: '', validValues: ['bare', 'error', 'inverse', 'warning', 'success'] }));
    }

    get name() {
        return getName(this.iconName);
    }

    get href() {
        if (this.src) return safeUrl(this.src);
        if (!isValidName(this.iconName)) return '';
        return iconHref(this.iconName);
    }

    normalizeSize(value) {
        return normalize(value, { fallbackValue: 'medium', validValues: ['xx-small', 'x-small', 'small', 'medium', 'large'] });
    }

    get computedClass() {
        const classes = classSet(this.svgClass);
        if (this._variant !== 'bare') classes.add('slds-icon');
        if (this._variant === 'error') classes.add('slds-icon-text-error');
        else if (this._variant === 'warning') classes.add('slds-icon-text-warning');
        else if (this._variant === 'success') classes.add('slds-icon-text-success');
        else if (this._variant !== 'inverse' && this._variant !== 'bare' && !this.src) classes.add('slds-icon-text-default');
        if (this._size !== 'medium') classes.add(`slds-icon_${this.normalizeSize(this._size)}`);
        return classes.toString();
    }
}
