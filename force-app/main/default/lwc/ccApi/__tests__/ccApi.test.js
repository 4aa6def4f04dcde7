import { createCcApi, CcApiError } from 'c/ccApi';

const respond = (body, status = 200) => Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) });

afterEach(() => jest.clearAllMocks());

describe('c/ccApi', () => {
    it('calls the configured service origin with the page credentials', async () => {
        global.fetch = jest.fn(() => respond({ interaction: { id: 'int-000007' } }));
        const api = createCcApi('https://cc.example.com/');
        await api.post('/interactions/int-000007/links', { crm: 'salesforce', object: 'Account', id: '0015g00000Alp01AAA' });
        expect(global.fetch).toHaveBeenCalledWith(
            'https://cc.example.com/cc/v1/interactions/int-000007/links',
            expect.objectContaining({ method: 'POST', credentials: 'include' })
        );
    });

    it('turns error answers into errors carrying the service message', async () => {
        global.fetch = jest.fn(() => respond({ error: 'conflict', state: 'closed', message: 'The interaction is closed.' }, 409));
        const failure = createCcApi('').get('/interactions/int-000001');
        await expect(failure).rejects.toBeInstanceOf(CcApiError);
        await expect(failure).rejects.toMatchObject({ status: 409, message: 'The interaction is closed.' });
    });
});
