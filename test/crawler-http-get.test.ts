// The crawler's default HTTP client (node:http) answers as Node's fetch does over real HTTP:
// the same request headers, status line, headers, decoded bodies and unfollowed redirects.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getWithFetch, getWithNodeHttp, type HttpGet } from '../crawler/http-get.js';

const PAGE = Buffer.from(
  '<html><body><a href="/Help/Api/GET-x">x</a> ' + 'lorem ipsum '.repeat(500) + '</body></html>',
);

interface Route {
  status?: number;
  reason?: string;
  headers?: [string, string][];
  body: Buffer;
}

const ROUTES: Record<string, Route> = {
  '/plain': { headers: [['content-type', 'text/html; charset=utf-8']], body: PAGE },
  '/gzip': { headers: [['content-encoding', 'gzip']], body: gzipSync(PAGE) },
  '/x-gzip': { headers: [['content-encoding', 'X-GZIP']], body: gzipSync(PAGE) },
  '/deflate': { headers: [['content-encoding', 'deflate']], body: deflateSync(PAGE) },
  '/deflate-raw': { headers: [['content-encoding', 'deflate']], body: deflateRawSync(PAGE) },
  '/br': { headers: [['content-encoding', 'br']], body: brotliCompressSync(PAGE) },
  // Applied in the order listed, so decoded last to first.
  '/layered': { headers: [['content-encoding', 'deflate, gzip']], body: gzipSync(deflateSync(PAGE)) },
  '/unknown': { headers: [['content-encoding', 'x-custom']], body: gzipSync(PAGE) },
  '/redirect': { status: 302, headers: [['location', '/Help/Login']], body: Buffer.from('moved') },
  '/repeated': {
    headers: [
      ['x-note', 'a'],
      ['x-note', 'b'],
    ],
    body: PAGE,
  },
  '/teapot': { status: 418, reason: 'Short And Stout', body: Buffer.from('no') },
  '/not-modified': { status: 304, body: Buffer.alloc(0) },
};

let origin = '';
const seen: IncomingHttpHeaders[] = [];
const server = createServer((req, res) => {
  seen.push(req.headers);
  const route = ROUTES[req.url ?? ''];
  if (!route) return void res.writeHead(404).end();
  const headers = (route.headers ?? []).flat();
  if (route.status !== 304) headers.push('content-length', String(route.body.length));
  res.writeHead(route.status ?? 200, route.reason ?? '', headers);
  res.end(route.status === 304 ? undefined : route.body);
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function answer(get: HttpGet, path: string) {
  const res = await get(`${origin}${path}`, { 'user-agent': 'vitec-codegen-test' }, new AbortController().signal);
  const chunks: Uint8Array[] = [];
  if (res.body !== null) for await (const chunk of res.body) chunks.push(chunk);
  const names = ['content-type', 'content-encoding', 'location', 'x-note'];
  return {
    status: res.status,
    statusText: res.statusText,
    headers: Object.fromEntries(names.map((n) => [n, res.headers.get(n)])),
    body: Buffer.concat(chunks).toString('latin1'),
  };
}

describe('the default HTTP client', () => {
  it.each(Object.keys(ROUTES))('answers %s as fetch does', async (path) => {
    const expected = await answer(getWithFetch(fetch), path);
    expect(await answer(getWithNodeHttp, path)).toEqual(expected);
  });

  it('decodes every coding fetch decodes, and leaves an unknown one as it came', async () => {
    for (const path of ['/gzip', '/x-gzip', '/deflate', '/deflate-raw', '/br', '/layered'])
      expect((await answer(getWithNodeHttp, path)).body).toBe(PAGE.toString('latin1'));
    expect((await answer(getWithNodeHttp, '/unknown')).body).toBe(ROUTES['/unknown']!.body.toString('latin1'));
    expect((await answer(getWithNodeHttp, '/redirect')).status).toBe(302);
  });

  it('sends the Accept and Accept-Encoding fetch sends, and the caller’s headers', async () => {
    seen.length = 0;
    await answer(getWithFetch(fetch), '/plain');
    await answer(getWithNodeHttp, '/plain');
    const pick = (h: IncomingHttpHeaders) => [h.accept, h['accept-encoding'], h['user-agent']];
    expect(pick(seen[1]!)).toEqual(pick(seen[0]!));
    expect(pick(seen[1]!)).toEqual(['*/*', 'gzip, deflate', 'vitec-codegen-test']);
  });
});
