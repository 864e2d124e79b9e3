/** The shared test server keeps each test's requests to itself, however late an earlier test's arrive. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { reply, TestServer } from './runtime-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

describe('TestServer runs', () => {
  it('cuts a request to an earlier run unanswered and unrecorded, and it takes no handler', async () => {
    server.script(reply(200, 'earlier'));
    const earlier = server.baseUrl;
    server.script(reply(200, 'first'), reply(200, 'second'));
    expect(server.baseUrl).not.toBe(earlier);
    await expect(fetch(`${earlier}/User/Notify/M1`)).rejects.toThrow();
    expect(server.requests).toEqual([]);
    const res = await fetch(`${server.baseUrl}/User/Notify/M1?x=1`);
    expect(await res.text()).toBe('first');
    expect(server.requests.map((r) => r.url)).toEqual(['/User/Notify/M1?x=1']);
  });

  it("records the base URL itself as '/', and refuses a path that only starts with the prefix", async () => {
    server.script(reply(200, 'ok'));
    expect(await (await fetch(server.baseUrl)).text()).toBe('ok');
    await expect(fetch(`${server.baseUrl}0/x`)).rejects.toThrow();
    expect(server.requests.map((r) => r.url)).toEqual(['/']);
  });
});
