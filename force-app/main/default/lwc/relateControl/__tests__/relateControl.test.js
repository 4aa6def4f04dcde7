import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import RelateControl from 'c/relateControl';
// The preset's own stubs (a test wire adapter, resolved jest.fn()s): a `jest.mock(...,
// { virtual: true })` of this resolvable module is silently bypassed whenever another suite
// in the same worker loaded it first (https://github.com/jestjs/jest/issues/16288).
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import { configOverDefaults } from 'c/customerCardDomain';
import { flushPromises } from '../../../../../test/jest/flush';

const taskWithContact = require('./data/taskWithContact.json');
const taskWithLead = require('./data/taskWithLead.json');
const visited = require('./data/visited.json');

/** Mounted, with the wire's config delivered: it reaches the adapter a turn later. */
async function mount({ mode } = {}) {
    if (mode) window.sessionStorage.setItem('customerCard.relateMode.int-000001', JSON.stringify(mode));
    const element = createElement('c-relate-control', { is: RelateControl });
    Object.assign(element, { taskId: '00T5g00000Cal01EAA', interactionId: 'int-000001', visited, config: configOverDefaults({}) });
    document.body.appendChild(element);
    await flushPromises();
    expect(getRecord.getLastConfig()).toMatchObject({ recordId: '00T5g00000Cal01EAA' });
    return element;
}

async function openList(element) {
    element.querySelector('button.cc-relates-to').click();
    await flushPromises();
}

const option = (element, object) => [...element.querySelectorAll('button.cc-relate-option')].find((b) => b.dataset.key.startsWith(`${object}:`));

beforeAll(registerSa11yMatcher);

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    window.sessionStorage.clear();
    jest.clearAllMocks();
});

describe('c-relate-control', () => {
    it('auto-relates the most recently opened record (§3.1)', async () => {
        await mount();
        getRecord.emit(taskWithContact);
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: '00T5g00000Cal01EAA', WhatId: '0065g00000Opp01AAA' } });
    });

    it('follows the agent as they open another record (§3.1)', async () => {
        const element = await mount();
        getRecord.emit(taskWithContact);
        await flushPromises();
        updateRecord.mockClear();
        element.visited = [...visited, { crm: 'salesforce', object: 'Case', id: '5005g00000Cas01AAA', at: '2026-11-25T09:16:00.000Z' }];
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: '00T5g00000Cal01EAA', WhatId: '5005g00000Cas01AAA' } });
    });

    it('lists records visited during the interaction, newest first, green when related', async () => {
        const element = await mount({ mode: 'manual' });
        getRecord.emit(taskWithContact);
        await flushPromises();
        await openList(element);
        const keys = [...element.querySelectorAll('button.cc-relate-option')].map((b) => b.dataset.key.split(':')[0]);
        expect(keys).toEqual(['Opportunity', 'Account', 'Contact']);
        expect(option(element, 'Contact').dataset.related).toBe('true');
        expect(option(element, 'Account').dataset.related).toBe('false');
        expect(element.querySelector('button.cc-relates-to').getAttribute('aria-expanded')).toBe('true');
    });

    it('writes the field the domain decides when the agent picks a record', async () => {
        const element = await mount({ mode: 'manual' });
        getRecord.emit(taskWithContact);
        await flushPromises();
        await openList(element);
        option(element, 'Account').click();
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: '00T5g00000Cal01EAA', WhatId: '0015g00000Alp01AAA' } });
        expect(JSON.parse(window.sessionStorage.getItem('customerCard.relateMode.int-000001'))).toEqual({ mode: 'manual' });
    });

    it('refuses Related To while Name holds a Lead, with a clear message', async () => {
        const element = await mount({ mode: 'manual' });
        getRecord.emit(taskWithLead);
        await flushPromises();
        await openList(element);
        option(element, 'Account').click();
        await flushPromises();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(element.querySelector('.cc-relate-message').textContent).toContain('A Lead in Name means Related To must stay empty');
    });

    it('pins what the Task holds', async () => {
        const element = await mount({ mode: 'manual' });
        getRecord.emit(taskWithContact);
        await flushPromises();
        const pinned = [...element.querySelectorAll('.cc-pinned')];
        expect(pinned.map((p) => p.dataset.field)).toEqual(['WhoId']);
        expect(pinned[0].querySelector('.cc-pinned-name').textContent).toBe('Ana Müller');
    });

    it('clears Name with null and stops auto-relate from filling it again (§3.1)', async () => {
        const element = await mount();
        getRecord.emit(taskWithContact);
        await flushPromises();
        updateRecord.mockClear();
        const clear = element.querySelector('.cc-pinned[data-field="WhoId"] button.cc-clear');
        expect(clear.getAttribute('aria-label')).toBe('Clear Name');
        clear.click();
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: '00T5g00000Cal01EAA', WhoId: null } });
        expect(JSON.parse(window.sessionStorage.getItem('customerCard.relateMode.int-000001'))).toEqual({ mode: 'manual' });
        updateRecord.mockClear();
        getRecord.emit({ ...taskWithContact, fields: { ...taskWithContact.fields, WhoId: { value: null, displayValue: null }, Who: { value: null, displayValue: null } } });
        await flushPromises();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(element.querySelectorAll('.cc-pinned')).toHaveLength(0);
    });

    it('clears Related To', async () => {
        const element = await mount({ mode: 'manual' });
        const withWhat = { ...taskWithContact, fields: { ...taskWithContact.fields, WhatId: { value: '0015g00000Alp01AAA', displayValue: null } } };
        getRecord.emit(withWhat);
        await flushPromises();
        element.querySelector('.cc-pinned[data-field="WhatId"] button.cc-clear').click();
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: '00T5g00000Cal01EAA', WhatId: null } });
    });

    it('is accessible', async () => {
        const element = await mount({ mode: 'manual' });
        getRecord.emit(taskWithContact);
        await flushPromises();
        await openList(element);
        await expect(element).toBeAccessible();
    });
});
