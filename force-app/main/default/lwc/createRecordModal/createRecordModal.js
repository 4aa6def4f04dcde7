import { LightningElement, api, wire } from 'lwc';
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import CONTACT_ACCOUNT_ID from '@salesforce/schema/Contact.AccountId';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { allowedCreateTypes, callerOf, createFormFields, prefillForm } from 'c/customerCardDomain';
import { fieldErrorsOf, reduceErrors } from 'c/reduceErrors';
import { ModalKeyboardMixin } from 'c/modalKeyboard';

/**
 * *Create new* (PRODUCT.md §4): a type the admin allows, a form pre-filled from the
 * interaction by the domain, and the CRM's own validation errors next to the fields.
 * What the agent typed stays in the form whatever the CRM answers.
 */
export default class CreateRecordModal extends ModalKeyboardMixin(NavigationMixin(LightningElement), 'lightning-combobox') {
    static renderMode = 'light';

    @api interaction;
    @api card;
    @api config;

    objectApiName;
    values = {};
    fieldErrors = {};
    pageError;
    saving = false;

    @wire(getObjectInfo, { objectApiName: '$objectApiName' })
    objectInfo;

    /** The values each picklist offers for the type's default record type, for its combobox. */
    @wire(getPicklistValuesByRecordType, { objectApiName: '$objectApiName', recordTypeId: '$recordTypeId' })
    picklists;

    /** The caller's Contact with its Account, so a new Case is linked to both (§4.1). */
    @wire(getRecord, { recordId: '$callerContactId', fields: [CONTACT_ACCOUNT_ID] })
    callerContact;

    get recordTypeId() {
        return this.objectInfo && this.objectInfo.data ? this.objectInfo.data.defaultRecordTypeId : undefined;
    }

    /** A picklist field's values as combobox options, with "--None--" where the field may stay empty. */
    optionsOf(name, required) {
        const values = this.picklists && this.picklists.data && this.picklists.data.picklistFieldValues[name];
        if (!values) return undefined;
        const options = values.values.map((v) => ({ label: v.label, value: v.value }));
        return required ? options : [{ label: '--None--', value: '' }, ...options];
    }

    get typeOptions() {
        const types = allowedCreateTypes('salesforce', this.config);
        return (Array.isArray(types) ? types : []).map((type) => ({ label: type, value: type }));
    }

    /** The type's fields as the CRM describes them (UI API object info), once it has. */
    get described() {
        const fields = (this.objectInfo && this.objectInfo.data && this.objectInfo.data.fields) || {};
        return Object.values(fields).map((field) => ({ ...field, name: field.apiName }));
    }

    get fields() {
        const described = new Map(this.described.map((field) => [field.name, field]));
        // The domain picks the form's fields; what was pre-filled, typed or refused stays on it.
        const names = [...new Set([...createFormFields('salesforce', this.objectApiName, this.described), ...Object.keys(this.values), ...Object.keys(this.fieldErrors)])];
        return names.map((name) => {
            const field = described.get(name);
            const required = !!(field && field.required);
            const options = field && field.dataType === 'Picklist' ? this.optionsOf(name, required) : undefined;
            return {
                name,
                label: field ? field.label : name,
                required,
                isTextArea: !!(field && field.dataType === 'TextArea'),
                isPicklist: !!options,
                options,
                value: this.values[name] || '',
                error: this.fieldErrors[name],
                inputClass: this.fieldErrors[name] ? 'slds-has-error' : ''
            };
        });
    }

    get hasType() {
        return !!this.objectApiName;
    }

    get saveDisabled() {
        return !this.objectApiName || this.saving;
    }

    get callerContactId() {
        const { ivr, screenPop } = this.interaction;
        const contact = callerOf('salesforce', { ivr, screenPop, links: this.card ? this.card.links : [] });
        return contact ? contact.id : undefined;
    }

    /** The caller's Contact and, once read, the Account it belongs to (§4.1). */
    get caller() {
        const contactId = this.callerContactId;
        if (!contactId) return undefined;
        const data = this.callerContact && this.callerContact.data;
        return { contactId, accountId: data ? data.fields.AccountId.value : undefined };
    }

    /** As Lightning words it: Case "00001027" was created. */
    createdMessage(record) {
        const info = this.objectInfo && this.objectInfo.data;
        const nameField = info && info.nameFields ? info.nameFields[0] : undefined;
        const name = nameField && record.fields && record.fields[nameField] ? record.fields[nameField].value : record.id;
        return `${info ? info.label : this.objectApiName} "${name}" was created.`;
    }

    pickType(event) {
        this.objectApiName = event.detail.value;
        const prefill = prefillForm(
            'salesforce',
            this.objectApiName,
            { channel: this.interaction.channel, from: this.interaction.from, contactName: this.card ? this.card.name : undefined, subject: this.interaction.subject, caller: this.caller },
            this.config
        );
        this.values = prefill.values ? { ...prefill.values } : {};
        this.fieldErrors = {};
        this.pageError = prefill.refused ? reduceErrors({ message: `You cannot create a ${this.objectApiName} here.` }).join(' ') : undefined;
    }

    change(event) {
        this.values = { ...this.values, [event.target.dataset.field]: event.detail.value };
    }

    async save() {
        this.saving = true;
        try {
            // An emptied field is left to the CRM's default rather than sent as an empty string.
            const fields = Object.fromEntries(Object.entries(this.values).filter(([, value]) => value !== ''));
            const record = await createRecord({ apiName: this.objectApiName, fields });
            this.dispatchEvent(new ShowToastEvent({ title: `${this.objectApiName} created`, variant: 'success', message: this.createdMessage(record) }));
            this.dispatchEvent(new CustomEvent('created', { detail: { id: record.id, objectApiName: this.objectApiName } }));
            // The new record's page keeps the interaction, so its card lists what was created in it (§5.1).
            this[NavigationMixin.Navigate]({
                type: 'standard__recordPage',
                attributes: { recordId: record.id, objectApiName: this.objectApiName, actionName: 'view' },
                state: { c__interactionId: this.interaction.id }
            });
        } catch (error) {
            this.fieldErrors = fieldErrorsOf(error);
            const fieldMessages = new Set(Object.values(this.fieldErrors));
            this.pageError = reduceErrors(error).filter((message) => !fieldMessages.has(message)).join(' ') || undefined;
        } finally {
            this.saving = false;
        }
    }
}
