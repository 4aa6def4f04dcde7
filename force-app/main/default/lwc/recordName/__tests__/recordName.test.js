import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import RecordName from 'c/recordName';
import { getRecord } from 'lightning/uiRecordApi';
import { flushPromises } from '../../../../../test/jest/flush';

function mount(objectApiName, recordId) {
    const element = createElement('c-record-name', { is: RecordName });
    Object.assign(element, { objectApiName, recordId });
    document.body.appendChild(element);
    return element;
}

beforeAll(registerSa11yMatcher);
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-record-name', () => {
    it('shows the record id until the name arrives, then the Name', async () => {
        const element = mount('Contact', '0035g00000Ana01AAA');
        expect(element.textContent).toBe('0035g00000Ana01AAA');
        getRecord.emit(require('./data/contact.json'));
        await flushPromises();
        expect(element.textContent).toBe('Ana Müller');
    });

    it('shows a Case by number and subject', async () => {
        const element = mount('Case', '5005g00000Cas01AAA');
        await flushPromises();
        expect(getRecord.getLastConfig().optionalFields).toContain('Case.CaseNumber');
        getRecord.emit(require('./data/case.json'));
        await flushPromises();
        expect(element.textContent).toBe('00001026 · Router shows a red light');
    });

    it('is accessible', async () => {
        await expect(mount('Contact', '0035g00000Ana01AAA')).toBeAccessible();
    });
});
