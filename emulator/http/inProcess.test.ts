import express from 'express';
import { describe, expect, it } from 'vitest';
import { dispatch } from './inProcess';
import type { Request } from 'express';

describe('a subrequest served in-process', () => {
  it('runs the whole middleware chain: query, headers, a JSON body, status, headers and the finish event', async () => {
    const app = express();
    const finished: number[] = [];
    app.use((_req, res, next) => {
      res.once('finish', () => finished.push(res.statusCode));
      next();
    });
    app.use(express.json());
    app.get('/api/echo', (req, res) => res.set('X-Seen', String(req.get('authorization'))).json({ query: req.query }));
    app.post('/api/echo', (req, res) => res.status(201).json({ body: req.body as unknown }));
    const outer = { app, socket: { remoteAddress: '127.0.0.1' }, get: () => 'emulator.example' } as unknown as Request;

    const read = await dispatch(outer, { method: 'GET', url: '/api/echo?q=Ma%C3%ADra&n=2', headers: { Authorization: 'Basic x' } });
    expect(read).toMatchObject({ status: 200, headers: { 'x-seen': 'Basic x' } });
    expect(JSON.parse(read.body.toString('utf8'))).toEqual({ query: { q: 'Maíra', n: '2' } });

    const write = await dispatch(outer, { method: 'POST', url: '/api/echo', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Zoë' }) });
    expect(write.status).toBe(201);
    expect(JSON.parse(write.body.toString('utf8'))).toEqual({ body: { name: 'Zoë' } });
    expect((await dispatch(outer, { method: 'GET', url: '/nowhere', headers: {} })).status).toBe(404);
    expect(finished).toEqual([200, 201, 404]);
  });

  it("hands a handler the locals it is given (a batch's checked user), each subrequest its own copy", async () => {
    const app = express();
    const api = express.Router();
    api.get('/api/whoami', (_req, res) => {
      const seen = { ...res.locals };
      res.locals.userName = 'changed';
      res.json(seen);
    });
    const outer = { app, res: Object.create(app.response) as object, socket: { remoteAddress: '127.0.0.1' }, get: () => 'emulator.example' } as unknown as Request;
    Object.setPrototypeOf(outer, app.request);
    const given = { userName: 'admin' };
    const first = await dispatch(outer, { method: 'GET', url: '/api/whoami', headers: {}, locals: given }, api);
    expect(JSON.parse(first.body.toString('utf8'))).toEqual({ userName: 'admin' });
    expect(given.userName).toBe('admin');
    const bare = await dispatch(outer, { method: 'GET', url: '/api/whoami', headers: {} }, api);
    expect(JSON.parse(bare.body.toString('utf8'))).toEqual({});
  });
});
