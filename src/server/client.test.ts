import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { storesUnderTest } from '../store/testing.js';
import type { AppType } from './routes/index.js';
import { TEST_PASSWORD, testEmail, useTestApi } from './testing.js';

// The web app's typed client (web/src/api.ts) against the real routes: paths, path parameters and queries it
// builds from AppType reach the handlers, and errors still come back as the one JSON shape.
describe.each(storesUnderTest())('typed API client on $name', (under) => {
  const api = useTestApi(under, ['a']);
  const signedIn = async () => {
    const open = hc<AppType>('http://localhost/api', { fetch: api.http.request });
    const res = await open.login.$post({ json: { email: testEmail('a'), password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    const { token } = await res.json();
    return hc<AppType>('http://localhost/api', { fetch: api.http.request, headers: { authorization: `Bearer ${token}` } });
  };

  it('sends bodies, path parameters and queries where the routes read them', async () => {
    const client = await signedIn();
    const created = await client.selection.concepts.$post({ json: { name: '拉杆箱配色', variants: ['墨绿', '米白'] } });
    expect(created.status).toBe(201);
    const { test } = await created.json();
    expect(test.variants.map((v) => v.name)).toEqual(['墨绿', '米白']);

    // A variant name in Chinese travels as an encoded path segment, as the concepts page sends it.
    const param = { id: test.id, variant: encodeURIComponent('墨绿') };
    const counts = { views: 200, likes: 30, saves: 12, intentAsked: 50, intentYes: 20 };
    const recorded = await client.selection.concepts[':id'].variants[':variant'].$put({ param, json: { counts, comments: ['好看，想买'] } });
    expect(recorded.status).toBe(200);
    const view = await recorded.json();
    expect(view.test.variants.find((v) => v.name === '墨绿')).toMatchObject(counts);

    const inbox = await client.approvals.$get({ query: { view: 'all' } });
    expect(inbox.status).toBe(200);
    expect((await inbox.json()).proposals).toEqual([]);
  });

  it('keeps the error shape and status codes of AppError', async () => {
    const client = await signedIn();
    const missing = await client.selection.concepts[':id'].$get({ param: { id: 'no-such-test' } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });

    const badQuery = await client.trends.series.$get({ query: { kind: 'weather', key: '雨' } });
    expect(badQuery.status).toBe(400);
    expect(await badQuery.json()).toMatchObject({ error: { code: 'bad_input', details: [{ field: 'kind' }] } });

    const open = hc<AppType>('http://localhost/api', { fetch: api.http.request });
    expect((await open.counts.$get()).status).toBe(401);
  });
});
