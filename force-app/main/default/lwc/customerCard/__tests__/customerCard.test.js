import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import CustomerCard from 'c/customerCard';
import { flushPromises, waitFor } from '../../../../../test/jest/flush';

const config = require('./data/config.json');
const agent = require('./data/agent.json');
const voice = require('./data/voiceInteraction.json');
const card = require('./data/card.json');

const respond = (body, status = 200) => Promise.resolve({ ok: status < 400, status, text: () => Promise.resolve(JSON.stringify(body)) });

let interaction;
let streams;

class FakeEventSource {
    constructor(url) {
        this.url = url;
        this.listeners = {};
        streams.push(this);
    }
    addEventListener(type, listener) {
        this.listeners[type] = listener;
    }
    close() {}
    emit(type, data) {
        this.listeners[type]({ data: JSON.stringify(data) });
    }
}

beforeAll(registerSa11yMatcher);
beforeEach(() => {
    interaction = JSON.parse(JSON.stringify(voice.interaction));
    streams = [];
    global.EventSource = FakeEventSource;
    global.fetch = jest.fn((url, init = {}) => {
        if (url === 'https://cc.example.com/cc/v1/config') return respond(config);
        if (url === 'https://cc.example.com/cc/v1/agents/me') return respond(agent);
        // The interaction with its card in one answer (`include=card`), as the service gives it now.
        if (url === 'https://cc.example.com/cc/v1/interactions/int-000007?include=card') return respond({ interaction, ...(interaction.cardId ? { card } : {}) });
        if (url === 'https://cc.example.com/cc/v1/interactions/int-000007/visited' && init.method === 'POST') return respond({ visited: interaction.visited }, 201);
        if (url === 'https://cc.example.com/cc/v1/interactions/int-000007/links') return respond({ links: [] });
        if (url === 'https://cc.example.com/cc/v1/cards/card-000003') return respond({ card });
        return respond({ error: 'not_found' }, 404);
    });
});
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    delete global.EventSource;
    window.sessionStorage.clear();
    jest.clearAllMocks();
});

/** The admin turned merging on: the card offers Merge. */
const mergeEnabled = (fetchMock) => (url, init) => {
    if (url !== 'https://cc.example.com/cc/v1/config') return fetchMock(url, init);
    return respond({ config: { ...config.config, features: { ...config.config.features, merge: { enabled: true } } } });
};

async function mount(props = { recordId: '0015g00000Alp01AAA', objectApiName: 'Account' }) {
    const element = createElement('c-customer-card', { is: CustomerCard });
    // The admin sets the service's origin in Lightning App Builder; the card needs it.
    Object.assign(element, { ccBaseUrl: 'https://cc.example.com', ...props });
    document.body.appendChild(element);
    // Started: it shows the interaction, or says why there is none.
    await waitFor(() => expect(element.textContent).toMatch(/Current interaction|No open interaction|turned off by your admin/));
    // Related interactions render once the card has started (the name shows first).
    if (element.textContent.includes('Current interaction')) await waitFor(() => expect(element.textContent).toContain('Related interactions'));
    return element;
}

describe('c-customer-card', () => {
    it('shows the contact of the agent’s open interaction (§1.1)', async () => {
        const element = await mount();
        expect(element.querySelector('.cc-card-title').textContent).toBe('Ana Müller');
        expect(element.querySelector('.cc-card-subtitle').textContent).toBe(`Voice · ${interaction.from}`);
        expect(element.querySelector('.cc-interaction-state').textContent).toBe('On call');
        expect(element.querySelector('c-relate-control').taskId).toBe('00T5g00000Cal01EAA');
    });

    it('reads the interaction with its card in one request, not one after the other', async () => {
        const element = await mount();
        const urls = global.fetch.mock.calls.map(([url]) => url);
        expect(urls).toContain('https://cc.example.com/cc/v1/interactions/int-000007?include=card');
        expect(urls).not.toContain('https://cc.example.com/cc/v1/cards/card-000003');
        expect(element.querySelector('.cc-card-title').textContent).toBe('Ana Müller');
    });

    it('reads the card after the interaction from a service that does not answer it with its card', async () => {
        const fetchMock = global.fetch.getMockImplementation();
        global.fetch.mockImplementation((url, init) => {
            // An older service ignores `include`: the interaction alone.
            if (url === 'https://cc.example.com/cc/v1/interactions/int-000007?include=card') return respond({ interaction });
            return fetchMock(url, init);
        });
        const element = await mount();
        expect(global.fetch.mock.calls.map(([url]) => url)).toContain('https://cc.example.com/cc/v1/cards/card-000003');
        expect(element.querySelector('.cc-card-title').textContent).toBe('Ana Müller');
    });

    it('reports the record page it sits on as visited (§3.1)', async () => {
        await mount();
        expect(global.fetch).toHaveBeenCalledWith(
            'https://cc.example.com/cc/v1/interactions/int-000007/visited',
            expect.objectContaining({ method: 'POST', body: JSON.stringify({ crm: 'salesforce', object: 'Account', id: '0015g00000Alp01AAA' }) })
        );
    });

    it('still shows a closed interaction, which takes no more visits', async () => {
        interaction = { ...interaction, state: 'closed' };
        const fetchMock = global.fetch.getMockImplementation();
        global.fetch.mockImplementation((url, init = {}) => {
            if (url === 'https://cc.example.com/cc/v1/interactions/int-000007/visited') return respond({ error: 'conflict', message: 'The interaction is closed.' }, 409);
            return fetchMock(url, init);
        });
        const element = await mount();
        expect(element.querySelector('.cc-interaction-state').textContent).toBe('Ended');
        expect(element.querySelector('[role="alert"]')).toBeNull();
    });

    it('expands and collapses its sections with aria-expanded (§1.1)', async () => {
        const element = await mount();
        const [current] = element.querySelectorAll('button.slds-section__title-action');
        expect(current.getAttribute('aria-expanded')).toBe('true');
        current.click();
        await flushPromises();
        expect(current.getAttribute('aria-expanded')).toBe('false');
        expect(element.querySelector('c-relate-control')).toBeNull();
    });

    it('shows the name and the current interaction with the first data; Related interactions once the visit is recorded (issue 16)', async () => {
        let recordVisit;
        const fetchMock = global.fetch.getMockImplementation();
        global.fetch.mockImplementation((url, init = {}) => {
            if (!url.endsWith('/visited')) return fetchMock(url, init);
            return new Promise((resolve) => (recordVisit = () => resolve(fetchMock(url, init))));
        });
        const element = createElement('c-customer-card', { is: CustomerCard });
        Object.assign(element, { ccBaseUrl: 'https://cc.example.com', recordId: '0015g00000Alp01AAA', objectApiName: 'Account' });
        document.body.appendChild(element);
        await waitFor(() => expect(element.querySelector('.cc-card-title').textContent).toBe('Ana Müller'));
        expect(element.querySelector('.cc-interaction-state').textContent).toBe('On call');
        expect(element.querySelector('c-related-records')).toBeNull();
        recordVisit();
        await waitFor(() => expect(element.querySelector('c-related-records')).not.toBeNull());
    });

    it('lists the records the IVR found and hides features the admin turned off (§1.3)', async () => {
        const element = await mount();
        expect(element.querySelector('c-related-records').records.map((r) => r.id)).toEqual(['0035g00000Ana01AAA']);
        expect(element.querySelector('lightning-button.cc-create')).not.toBeNull();
        expect(element.querySelector('lightning-button.cc-merge')).toBeNull();
    });

    it('loads the create pop-up when it opens, with the interaction, and closes it', async () => {
        const element = await mount();
        // A dynamic component (lwc:is): nothing of it is on the card until the agent asks.
        expect(element.querySelector('.cc-create-dialog')).toBeNull();
        element.querySelector('lightning-button.cc-create').click();
        const dialog = await waitFor(() => {
            expect(element.querySelector('.cc-create-dialog')).not.toBeNull();
            return element.querySelector('.cc-create-dialog');
        });
        expect(dialog.interaction.id).toBe('int-000007');
        expect(dialog.querySelector('[role="dialog"]')).not.toBeNull();
        dialog.dispatchEvent(new CustomEvent('close'));
        await flushPromises();
        expect(element.querySelector('.cc-create-dialog')).toBeNull();
    });

    it('loads the merge dialog when it opens, with the card', async () => {
        global.fetch.mockImplementation(mergeEnabled(global.fetch.getMockImplementation()));
        const element = await mount();
        expect(element.querySelector('.cc-merge-dialog')).toBeNull();
        element.querySelector('lightning-button.cc-merge').click();
        const dialog = await waitFor(() => {
            expect(element.querySelector('.cc-merge-dialog')).not.toBeNull();
            return element.querySelector('.cc-merge-dialog');
        });
        expect(dialog.card.id).toBe(card.id);
        dialog.dispatchEvent(new CustomEvent('merged'));
        await flushPromises();
        expect(element.querySelector('.cc-merge-dialog')).toBeNull();
    });

    it('keeps the records created during the interaction for Related interactions (§5.1)', async () => {
        const element = await mount();
        element.querySelector('lightning-button.cc-create').click();
        await waitFor(() => expect(element.querySelector('.cc-create-dialog')).not.toBeNull());
        element.querySelector('.cc-create-dialog').dispatchEvent(new CustomEvent('created', { detail: { id: '5005g00000New01AAA', objectApiName: 'Case' } }));
        await flushPromises();
        expect(element.querySelector('.cc-create-dialog')).toBeNull();
        expect(element.querySelector('c-related-records').created).toEqual([{ crm: 'salesforce', object: 'Case', id: '5005g00000New01AAA', name: '' }]);
        // Creating opens the new record: the card on that page still knows.
        document.body.removeChild(element);
        const next = await mount({ recordId: '5005g00000New01AAA', objectApiName: 'Case' });
        expect(next.querySelector('c-related-records').created.map((r) => r.id)).toEqual(['5005g00000New01AAA']);
    });

    it('searches by the interaction’s own address before a card exists (§6.1)', async () => {
        interaction = { ...interaction, cardId: undefined };
        const element = await mount();
        expect(element.querySelector('c-related-records').identityPoints).toEqual([{ kind: 'phone', value: '+49301234567' }]);
    });

    it('takes a chat handle for a handle, not for a phone number or an email (§6.1)', async () => {
        interaction = { ...interaction, cardId: undefined, channel: 'chat', state: 'assigned', from: '@ana' };
        const element = await mount();
        expect(element.querySelector('c-related-records').identityPoints).toEqual([{ kind: 'handle', channel: 'chat', value: '@ana' }]);
    });

    it('titles the card with who is on the line until someone is identified, and with the IVR\'s match before a card exists', async () => {
        interaction = { ...interaction, cardId: undefined, channel: 'chat', state: 'assigned', from: '@ana', ivr: { ...interaction.ivr, matches: [] } };
        const element = await mount();
        expect(element.querySelector('.cc-card-title').textContent).toBe('@ana');
        expect(element.querySelector('.cc-card-subtitle').textContent).toBe('Chat · not identified');
        document.body.removeChild(element);
        interaction = { ...interaction, ivr: voice.interaction.ivr };
        const matched = await mount();
        expect(matched.querySelector('.cc-card-title').textContent).toBe(voice.interaction.ivr.matches[0].name);
        expect(matched.querySelector('.cc-card-subtitle').textContent).toBe('Chat · @ana');
        // Several candidates: the IVR named nobody, and neither does the card.
        document.body.removeChild(matched);
        interaction = { ...interaction, ivr: { ...voice.interaction.ivr, outcome: 'ambiguous' } };
        const ambiguous = await mount();
        expect(ambiguous.querySelector('.cc-card-title').textContent).toBe('@ana');
        expect(ambiguous.querySelector('.cc-card-subtitle').textContent).toBe('Chat · not identified');
    });

    it('refreshes a digital interaction on card.updated (§1.2)', async () => {
        interaction = { ...interaction, channel: 'chat', state: 'assigned', messages: [{ from: 'ana.mueller@example.com', text: 'Hallo?', at: '2026-11-25T09:02:11.000Z', direction: 'inbound' }] };
        const element = await mount();
        await waitFor(() => expect(element.querySelector('.cc-digital-messages').messages).toHaveLength(1));
        interaction = { ...interaction, messages: [...interaction.messages, { from: 'ana.mueller@example.com', text: 'Still there?', at: '2026-11-25T09:03:00.000Z', direction: 'inbound' }] };
        streams[0].emit('card.updated', { cardId: 'card-000003', interactionId: 'int-000007', reason: 'message' });
        await waitFor(() => expect(element.querySelector('.cc-digital-messages').messages).toHaveLength(2));
    });

    it('shows nothing but a note when the admin turned the card off (§1.3)', async () => {
        const off = { config: { features: { ...config.config.features, card: { enabled: false, refreshOnMessage: true } } } };
        global.fetch.mockImplementation((url) => (url === 'https://cc.example.com/cc/v1/config' ? respond(off) : url === 'https://cc.example.com/cc/v1/agents/me' ? respond(agent) : respond({ interaction, card, links: [] })));
        const element = await mount();
        expect(element.querySelector('section')).toBeNull();
        expect(element.textContent).toContain('turned off by your admin');
    });

    it('says so when no interaction is open', async () => {
        global.fetch.mockImplementation((url) => {
            if (url === 'https://cc.example.com/cc/v1/config') return respond(config);
            if (url === 'https://cc.example.com/cc/v1/agents/me') return respond({ agent: { ...agent.agent, activeInteractions: [] } });
            return respond({}, 404);
        });
        const element = await mount();
        expect(element.textContent).toContain('No open interaction');
    });

    it('is accessible', async () => {
        await expect(await mount()).toBeAccessible();
    });

    it('follows the interaction the agent focuses in the desktop, in any tab', async () => {
        const email = { ...interaction, id: 'int-000008', channel: 'email', state: 'assigned', messages: [] };
        const fetchMock = global.fetch.getMockImplementation();
        global.fetch.mockImplementation((url, init) => {
            if (url === 'https://cc.example.com/cc/v1/interactions/int-000008?include=card') return respond({ interaction: email, card });
            if (url === 'https://cc.example.com/cc/v1/interactions/int-000008/links') return respond({ links: [] });
            return fetchMock(url, init);
        });
        const element = await mount();
        const agentStream = streams.find((stream) => stream.listeners['agent.updated']);
        agentStream.emit('agent.updated', { agent: { ...agent.agent, focusInteractionId: 'int-000008' } });
        await waitFor(() => expect(element.querySelector('.cc-interaction-state').textContent).toBe('Assigned'));
    });
});
