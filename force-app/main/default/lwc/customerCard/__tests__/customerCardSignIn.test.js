import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import CustomerCard from 'c/customerCard';
import { signOut } from 'c/ccSession';
import { flushPromises, waitFor } from '../../../../../test/jest/flush';

const config = require('./data/config.json');
const agent = require('./data/agent.json');
const voice = require('./data/voiceInteraction.json');
const card = require('./data/card.json');

const SERVICE = 'https://cc.example.com/cc/v1';
const TOKEN = 'cc_tok_6Jq0dPz1mWfE';
const respond = (body, status = 200) => Promise.resolve({ ok: status < 400, status, text: () => Promise.resolve(JSON.stringify(body)) });
const bearer = (init) => (init.headers || {}).authorization;

/**
 * The org's page on another site than the service: the browser blocks the third-party cookie,
 * so only a bearer token gets the agent's data.
 */
function serviceWithoutCookies() {
    return jest.fn((url, init = {}) => {
        if (url === `${SERVICE}/auth/token` && init.method === 'POST') {
            const { username, password } = JSON.parse(init.body);
            if (username === 'agent@customercard.example' && password === 'emulator') return respond({ access_token: TOKEN, token_type: 'Bearer', agent: agent.agent });
            return respond({ error: 'unauthorized', message: 'Wrong username or password.' }, 401);
        }
        if (bearer(init) !== `Bearer ${TOKEN}`) return respond({ error: 'unauthorized', message: 'Sign in first.' }, 401);
        if (url === `${SERVICE}/config`) return respond(config);
        if (url === `${SERVICE}/agents/me`) return respond(agent);
        if (url === `${SERVICE}/interactions/int-000007?include=card`) return respond({ interaction: voice.interaction, card });
        if (url === `${SERVICE}/interactions/int-000007/visited`) return respond({ visited: [] }, 201);
        if (url === `${SERVICE}/interactions/int-000007/links`) return respond({ links: [] });
        if (url === `${SERVICE}/agents/agent-sam/events`) return new Promise(() => {});
        if (url === `${SERVICE}/auth/logout`) return respond({ signedOut: true });
        return respond({ error: 'not_found' }, 404);
    });
}

beforeAll(registerSa11yMatcher);
beforeEach(() => {
    global.fetch = serviceWithoutCookies();
    global.EventSource = jest.fn(() => ({ addEventListener() {}, close() {} }));
});
afterEach(async () => {
    await signOut('https://cc.example.com');
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    delete global.EventSource;
    window.sessionStorage.clear();
    window.localStorage.clear();
});

async function mountSignedOut() {
    const element = createElement('c-customer-card', { is: CustomerCard });
    Object.assign(element, { ccBaseUrl: 'https://cc.example.com', recordId: '0015g00000Alp01AAA', objectApiName: 'Account' });
    document.body.appendChild(element);
    await waitFor(() => expect(element.querySelector('.cc-sign-in-panel form')).not.toBeNull());
    return element;
}

async function signInWith(element, username, password) {
    const [user, secret] = element.querySelectorAll('.cc-sign-in-panel lightning-input');
    user.value = username;
    user.dispatchEvent(new CustomEvent('change'));
    secret.value = password;
    secret.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
    element.querySelector('.cc-sign-in-panel lightning-button').click();
    await flushPromises();
}

describe('c-customer-card where the browser blocks the service’s cookie (issue 25)', () => {
    it('asks the agent to sign in instead of showing an error', async () => {
        const element = await mountSignedOut();
        expect(element.textContent).toContain('Sign in to the contact center');
        expect(element.querySelector('.slds-text-color_error[role="alert"]')).toBeNull();
        expect(element.textContent).not.toMatch(/No open interaction|Current interaction/);
    });

    it('shows the contact after signing in, sending the token in a header from memory only', async () => {
        const element = await mountSignedOut();
        await signInWith(element, 'agent@customercard.example', 'emulator');
        await waitFor(() => expect(element.querySelector('.cc-card-title').textContent).toBe('Ana Müller'));
        expect(element.querySelector('.cc-sign-in-panel')).toBeNull();
        const afterSignIn = global.fetch.mock.calls.filter(([url]) => url !== `${SERVICE}/auth/token` && url.startsWith(SERVICE));
        expect(afterSignIn.filter(([, init]) => bearer(init) === `Bearer ${TOKEN}`).map(([url]) => url)).toEqual(
            expect.arrayContaining([`${SERVICE}/agents/me`, `${SERVICE}/interactions/int-000007?include=card`, `${SERVICE}/interactions/int-000007/visited`, `${SERVICE}/agents/agent-sam/events`])
        );
        // The event stream goes through fetch (EventSource cannot send a header).
        expect(global.EventSource).not.toHaveBeenCalled();
        const stored = JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }) + document.cookie;
        expect(stored).not.toContain(TOKEN);
    });

    it('signs out inside the card: the service ends the session and the form comes back', async () => {
        const element = await mountSignedOut();
        await signInWith(element, 'agent@customercard.example', 'emulator');
        await waitFor(() => expect(element.querySelector('.cc-card-title').textContent).toBe('Ana Müller'));
        element.querySelector('.cc-sign-out').click();
        await waitFor(() => expect(element.querySelector('.cc-sign-in-panel form')).not.toBeNull());
        expect(global.fetch).toHaveBeenCalledWith(`${SERVICE}/auth/logout`, expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ authorization: `Bearer ${TOKEN}` }) }));
        expect(element.querySelector('.cc-card-title').textContent).toBe('Customer card');
        expect(element.querySelector('.cc-sign-out')).toBeNull();
    });

    it('keeps what the agent typed and says why when the password is wrong', async () => {
        const element = await mountSignedOut();
        await signInWith(element, 'agent@customercard.example', 'wrong');
        await waitFor(() => expect(element.querySelector('.cc-sign-in-panel [role="alert"]').textContent).toBe('Wrong username or password.'));
        expect(element.querySelector('.cc-sign-in-username').value).toBe('agent@customercard.example');
        expect(element.querySelector('.cc-card-title').textContent).toBe('Customer card');
    });

    it('is accessible with the sign-in form', async () => {
        await expect(await mountSignedOut()).toBeAccessible();
    });
});
