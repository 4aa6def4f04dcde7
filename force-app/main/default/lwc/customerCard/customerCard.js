import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference } from 'lightning/navigation';
import { CHANNEL_LABELS, configOverDefaults, contactIdentityPoints, interactionStateLabel, isDigital, recordKey } from 'c/customerCardDomain';
import { ccClient, hasToken, needsSignIn, signOut } from 'c/ccSession';
import { reduceErrors } from 'c/reduceErrors';

/**
 * The customer card (PRODUCT.md §1): who the contact of the open interaction is, with the
 * *Current interaction* and *Related interactions* sections. It reports the record page it
 * sits on as visited (§3.1) and refreshes from the agent's event stream, never by polling.
 */
export default class CustomerCard extends LightningElement {
    static renderMode = 'light';

    @api recordId;
    @api objectApiName;
    /** Origin of the contact-center service, set in Lightning App Builder; required. */
    @api ccBaseUrl = '';

    interaction;
    card;
    links = [];
    /** The admin's configuration (§1.3), once read; until then nothing depends on it but the card being on. */
    config;
    agentId;
    error;
    loaded = false;
    /** The open dialog's constructor (`lwc:is`), loaded on demand; undefined when none is open. */
    createDialog;
    mergeDialog;
    pageInteractionId;
    /** The interaction the agent's desktop has in focus (issue 15); it wins over the page's. */
    focusInteractionId;
    stream;

    @wire(CurrentPageReference)
    receivePageReference(pageRef) {
        this.pageInteractionId = pageRef && pageRef.state ? pageRef.state.c__interactionId : undefined;
        // The page reference may arrive after the card started with the agent's interaction.
        if (this.loaded && !this.focusInteractionId && this.pageInteractionId && (!this.interaction || this.interaction.id !== this.pageInteractionId)) {
            this.load(this.pageInteractionId).catch((error) => this.fail(error));
        }
    }

    /** The interaction was refused for want of a session: the card asks the agent to sign in. */
    signInNeeded = false;
    /** The sign-in form's constructor, loaded when a sign-in is needed. */
    signInForm;
    /** The messages view's constructor, loaded with the first digital interaction: a voice call never needs it. */
    messagesView;

    /** The contact-center client (cookie, or the token signed in in the card); its origin is trusted through the package's CspTrustedSite. */
    get cc() {
        return ccClient(this.ccBaseUrl);
    }

    connectedCallback() {
        // Unset, the card would call /cc/v1 on the org's own origin: it says what to set instead.
        if (this.needsConfiguration) return;
        this.start().catch((error) => this.fail(error));
    }

    get needsConfiguration() {
        return !this.ccBaseUrl;
    }

    disconnectedCallback() {
        if (this.stream) this.stream.close();
    }

    async start() {
        const cc = this.cc;
        // The page's own interaction (a screen pop's c__interactionId) is almost always the one in
        // focus: it is read beside the agent instead of after it, and dropped if another wins.
        const pageRead = this.pageInteractionId ? this.read(this.pageInteractionId) : undefined;
        // A read that is dropped must not end as an unhandled rejection; a used one fails in load().
        if (pageRead) pageRead.catch(() => undefined);
        const [{ config }, { agent }] = await Promise.all([cc.call('getConfig'), cc.call('getMe')]);
        // The service checked its configuration; laid over the defaults, a setting an older
        // service does not send still has its value (and no parser ships in the page).
        this.config = configOverDefaults(config);
        this.agentId = agent.id;
        this.focusInteractionId = agent.focusInteractionId;
        const interactionId = this.focusInteractionId || this.pageInteractionId || agent.activeInteractions[0];
        this.stream = cc.events(agent.id, {
            'card.updated': () => {
                if (this.config.features.card.refreshOnMessage) this.reload();
            },
            'interaction.updated': ({ interaction }) => {
                if (this.interaction && interaction.id === this.interaction.id) this.interaction = interaction;
            },
            // The agent focused another interaction in the desktop (in any tab): the card follows it.
            'agent.updated': ({ agent: updated }) => this.followFocus(updated.focusInteractionId)
        });
        // The visit is recorded while the interaction loads, not before: one round trip less.
        const reading = interactionId && interactionId === this.pageInteractionId ? pageRead : undefined;
        const [visited] = await Promise.all([this.markVisited(interactionId), interactionId ? this.load(interactionId, reading) : undefined]);
        if (visited && this.interaction && this.interaction.id === interactionId) this.interaction = { ...this.interaction, visited };
        this.loaded = true;
    }

    /** Reports this record page as visited during the interaction (§3.1); answers the interaction's visited records, if it took the visit. */
    async markVisited(interactionId) {
        if (!interactionId || !this.recordId || !this.objectApiName) return undefined;
        const visit = { params: { id: interactionId }, body: { crm: 'salesforce', object: this.objectApiName, id: this.recordId } };
        try {
            return (await this.cc.call('markVisited', visit)).visited;
        } catch (error) {
            // A closed interaction takes no more visits (409) but is still shown, e.g. with the
            // record created from it after after-call work.
            if (error.status !== 409) throw error;
            return undefined;
        }
    }

    /** The interaction with its card and its links, as the service has them now. */
    async read(interactionId) {
        // Links need only the interaction id: fetch them while the interaction comes.
        const cc = this.cc;
        const links = cc.call('listLinks', { params: { id: interactionId } });
        // One round trip: the interaction comes with its card (`include=card`).
        const { interaction, card } = await cc.call('getInteraction', { params: { id: interactionId }, query: { include: 'card' } });
        const [cardOfInteraction, linkResult] = await Promise.all([card || this.readCard(interaction.cardId), links]);
        return { interaction, card: cardOfInteraction, links: linkResult.links || [] };
    }

    /** A service older than `include=card` answers the interaction alone: its card is then a second read. */
    async readCard(cardId) {
        return cardId ? (await this.cc.call('getCard', { params: { id: cardId } })).card : undefined;
    }

    async load(interactionId, reading = this.read(interactionId)) {
        const { interaction, card, links } = await reading;
        this.showMessagesOf(interaction);
        this.interaction = interaction;
        this.card = card;
        this.links = links;
        this.error = undefined;
    }

    showMessagesOf(interaction) {
        if (!this.messagesView && isDigital(interaction.channel)) this.loadComponent('messagesView', () => import('c/digitalMessages'));
    }

    /**
     * The dialogs, the sign-in form and the messages view are LWC dynamic components (`lwc:is`,
     * capability `lightning__dynamicComponent`): they alone use lightning-input, -textarea,
     * -combobox and -formatted-date-time, so the card's first load leaves those base components
     * out until the agent needs one. `field` receives the constructor its `lwc:is` renders.
     * https://developer.salesforce.com/docs/platform/lwc/guide/js-dynamic-components.html
     */
    async loadComponent(field, load) {
        try {
            this[field] = (await load()).default;
        } catch (error) {
            this.showError(error);
        }
    }

    followFocus(interactionId) {
        this.focusInteractionId = interactionId;
        if (interactionId && (!this.interaction || this.interaction.id !== interactionId)) this.load(interactionId).catch((error) => this.fail(error));
    }

    reload() {
        if (this.interaction) this.load(this.interaction.id).catch((error) => this.fail(error));
    }

    fail(error) {
        // No session cookie reached the service (third-party cookies blocked) or the token expired.
        if (needsSignIn(error)) {
            this.askToSignIn();
            return;
        }
        this.showError(error);
    }

    showError(error) {
        this.error = reduceErrors(error).join(' ');
        this.loaded = true;
    }

    /** Signed in inside the card (not through the service's cookie): the agent can sign out here. */
    get signedInHere() {
        return !this.signInNeeded && hasToken(this.ccBaseUrl);
    }

    async handleSignOut() {
        if (this.stream) this.stream.close();
        this.stream = undefined;
        await signOut(this.ccBaseUrl);
        this.interaction = undefined;
        this.card = undefined;
        this.links = [];
        this.loaded = false;
        this.askToSignIn();
    }

    askToSignIn() {
        this.signInNeeded = true;
        this.error = undefined;
        this.loadComponent('signInForm', () => import('c/ccSignIn'));
    }

    handleSignedIn() {
        this.signInNeeded = false;
        this.signInForm = undefined;
        if (this.stream) this.stream.close();
        this.start().catch((error) => this.fail(error));
    }

    /** The contact's name (the card's, else the one the IVR identified); before anyone is identified, who is on the line. */
    get title() {
        return this.contactName || (this.interaction && this.interaction.from) || 'Customer card';
    }

    get contactName() {
        if (this.card && this.card.name) return this.card.name;
        // An ambiguous IVR lists candidates; none of them is the contact until the agent picks one.
        const ivr = this.interaction && this.interaction.ivr;
        return ivr && ivr.outcome === 'identified' && ivr.matches.length ? ivr.matches[0].name : '';
    }

    /** Under the title: the channel, and the contact's address unless the title already is it. */
    get subtitle() {
        if (!this.interaction) return '';
        return `${this.channelLabel} · ${this.contactName ? this.interaction.from : 'not identified'}`;
    }

    /** §1.3: an admin may turn the card off; it then shows nothing but that. */
    get cardEnabled() {
        return !this.config || this.config.features.card.enabled;
    }

    get cardDisabled() {
        return !this.cardEnabled;
    }

    get showInteraction() {
        return this.cardEnabled && !!this.interaction;
    }

    /**
     * *Related interactions*, with its own components and Salesforce reads, renders once the card
     * has started (the visit recorded), not with its first data: the name and the current
     * interaction are painted first instead of waiting for it (issue 16).
     */
    get relatedShown() {
        return this.loaded;
    }

    get noInteraction() {
        return this.cardEnabled && this.loaded && !this.interaction && !this.error;
    }

    get stateLabel() {
        return this.interaction ? interactionStateLabel(this.interaction.state) : '';
    }

    get channelLabel() {
        return this.interaction ? CHANNEL_LABELS[this.interaction.channel] : '';
    }

    get isDigital() {
        return !!this.interaction && isDigital(this.interaction.channel);
    }

    /** Issue 15: what the service says about the interaction (labelled facts, queue, reasons), from the display settings. */
    get contextFacts() {
        const context = this.interaction && this.interaction.context;
        if (!context) return [];
        const queue = context.queue ? [{ key: 'queue', label: 'Queue', value: context.queue.name }] : [];
        // A term and its description each need their own key in the iteration.
        return [...queue, ...context.facts].map((fact) => ({ labelKey: `label:${fact.key}`, valueKey: `value:${fact.key}`, label: fact.label, value: fact.value }));
    }

    get routingReasons() {
        const context = this.interaction && this.interaction.context;
        return context ? context.reasons.map((reason, index) => ({ key: `reason:${index}`, text: reason })) : [];
    }

    get hasRoutingReasons() {
        return this.routingReasons.length > 0;
    }

    get identityPoints() {
        return ((this.card && this.card.identityPoints) || []).map((point) => ({ key: `${point.kind}:${point.value}`, ...point }));
    }

    get taskId() {
        const task = this.interaction && this.interaction.interactionRecords.find((r) => r.crm === 'salesforce' && r.object === 'Task');
        return task ? task.id : undefined;
    }

    get visited() {
        return this.interaction ? this.interaction.visited : [];
    }

    get pageRecord() {
        return this.recordId && this.objectApiName ? { crm: 'salesforce', object: this.objectApiName, id: this.recordId } : undefined;
    }

    /** §5.1: where *Related interactions* starts: the IVR's matches and the linked records, each once. */
    get personRecords() {
        if (!this.interaction) return [];
        const matches = (this.interaction.ivr && this.interaction.ivr.matches) || [];
        const linked = this.links.map((link) => link.record);
        const seen = new Set();
        return [...matches, ...linked, ...((this.card && this.card.links) || [])]
            .filter((record) => record.crm === 'salesforce')
            .filter((record) => {
                const key = recordKey(record);
                if (seen.has(key)) return false;
                seen.add(key);
                return true;
            });
    }

    /** The contact's phone numbers, emails and handles: the card's, or the interaction's own before a card exists. */
    get contactPoints() {
        return contactIdentityPoints(this.card, this.interaction, this.config.phone.defaultRegion);
    }

    /** Records created from the card during this interaction; creating one opens it, so they outlive the page. */
    get createdKey() {
        return `customerCard.created.${this.interaction ? this.interaction.id : ''}`;
    }

    get createdRecords() {
        const stored = this.interaction ? window.sessionStorage.getItem(this.createdKey) : null;
        return stored ? JSON.parse(stored) : [];
    }

    get createEnabled() {
        return this.config.features.create.enabled;
    }

    get mergeEnabled() {
        return this.config.features.merge.enabled && !!this.card;
    }

    get relateEnabled() {
        return this.config.features.relate.enabled && !!this.taskId;
    }

    get linkEnabled() {
        return this.config.features.link.enabled;
    }

    openCreate() {
        return this.loadComponent('createDialog', () => import('c/createRecordModal'));
    }

    openMerge() {
        return this.loadComponent('mergeDialog', () => import('c/mergeDialog'));
    }

    closeDialogs() {
        this.createDialog = undefined;
        this.mergeDialog = undefined;
    }

    handleCreated(event) {
        const record = { crm: 'salesforce', object: event.detail.objectApiName, id: event.detail.id, name: '' };
        window.sessionStorage.setItem(this.createdKey, JSON.stringify([...this.createdRecords, record]));
        this.createDialog = undefined;
        this.reload();
    }

    handleMerged() {
        this.mergeDialog = undefined;
        this.reload();
    }
}
