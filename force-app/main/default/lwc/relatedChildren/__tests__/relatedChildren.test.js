import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import RelatedChildren from 'c/relatedChildren';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { flushPromises } from '../../../../../test/jest/flush';

const cases = require('./data/cases.json');

function mount() {
    const element = createElement('c-related-children', { is: RelatedChildren });
    Object.assign(element, { parentRecordId: '0015g00000Alp01AAA', objectApiName: 'Case', label: 'Cases' });
    document.body.appendChild(element);
    return element;
}

beforeAll(registerSa11yMatcher);
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-related-children', () => {
    it('asks the UI API for the parent related list', async () => {
        mount();
        await flushPromises();
        expect(getRelatedListRecords.getLastConfig()).toMatchObject({ parentRecordId: '0015g00000Alp01AAA', relatedListId: 'Cases', fields: ['Case.CaseNumber', 'Case.Subject'] });
    });

    it('shows the loaded records with links to them', async () => {
        const element = mount();
        getRelatedListRecords.emit(cases);
        await flushPromises();
        const links = [...element.querySelectorAll('a')];
        expect(links.map((a) => a.textContent)).toEqual(['00001026 · Router shows a red light', '00001031 · Invoice November twice']);
        expect(links[0].getAttribute('href')).toBe('/lightning/r/Case/5005g00000Cas01AAA/view');
    });

    it('shows an error from the UI API', async () => {
        const element = mount();
        getRelatedListRecords.error({ message: 'The requested resource does not exist' }, 404);
        await flushPromises();
        expect(element.querySelector('[role="alert"]')).not.toBeNull();
    });

    it('is accessible', async () => {
        const element = mount();
        getRelatedListRecords.emit(cases);
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
