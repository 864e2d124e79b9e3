// The crawler's pure parts: which links it follows and how it names them, and its retry arithmetic.
import { describe, expect, it } from 'vitest';

import { backoffMs, isRetryableStatus, parseRetryAfter } from '../crawler/retry.js';
import { extractLinks, isHtml, keyOfUrl, makeScope, resolveLink, rootRef } from '../crawler/urls.js';

const LOCAL = 'http://127.0.0.1:4000';
const REAL = 'https://connect.maklare.vitec.net';
const scope = makeScope(`${LOCAL}/Help`, REAL);
const page = `${LOCAL}/Help/Api/POST-User-Notify-customerId`;

describe('resolveLink', () => {
  it.each([
    ['relative endpoint link', '/Help/Api/GET-User', `${LOCAL}/Help/Api/GET-User`, `${REAL}/Help/Api/GET-User`],
    ['relative to the page', 'GET-User', `${LOCAL}/Help/Api/GET-User`, `${REAL}/Help/Api/GET-User`],
    ['fragment dropped', '/Help/Api/GET-User#response', `${LOCAL}/Help/Api/GET-User`, `${REAL}/Help/Api/GET-User`],
    [
      'query kept',
      '/Help/ResourceModel?modelName=User_Notification',
      `${LOCAL}/Help/ResourceModel?modelName=User_Notification`,
      `${REAL}/Help/ResourceModel?modelName=User_Notification`,
    ],
    ['the root itself', '/Help', `${LOCAL}/Help`, `${REAL}/Help`],
    [
      'absolute link to the aliased origin',
      `${REAL}/Help/TermExtend`,
      `${LOCAL}/Help/TermExtend`,
      `${REAL}/Help/TermExtend`,
    ],
    [
      'other spelling of the root path',
      '/help/Section?id=aml',
      `${LOCAL}/help/Section?id=aml`,
      `${REAL}/help/Section?id=aml`,
    ],
  ])('%s', (_label, href, fetchUrl, url) => {
    expect(resolveLink(href, page, scope)).toMatchObject({ fetchUrl, url });
  });

  it.each([
    ['another origin', 'https://example.com/Help/Api/GET-User'],
    ['another port', 'http://127.0.0.1:4001/Help'],
    ['outside the help root', '/swagger/docs/advertising'],
    ['a path that merely starts like the root', '/HelpDesk'],
    ['a stylesheet', '/Help/Content/site.css'],
    ['a script', '/Help/Scripts/app.js?v=3'],
    ['an image', '/Help/img/logo.PNG'],
    ['mail', 'mailto:support@vitec.se'],
    ['script URL', 'javascript:void(0)'],
    ['same-page fragment', '#CrmCompanyContact103'],
    ['empty', '  '],
  ])('ignores %s', (_label, href) => {
    expect(resolveLink(href, page, scope)).toBeNull();
  });

  it('keys paths without regard to case or a trailing slash, queries as they are', () => {
    const a = resolveLink('/Help/Api/GET-User', page, scope)!;
    const b = resolveLink('/help/api/get-user/', page, scope)!;
    expect(a.key).toBe(b.key);
    const q1 = resolveLink('/Help/ResourceModel?modelName=A', page, scope)!;
    const q2 = resolveLink('/Help/ResourceModel?modelName=B', page, scope)!;
    expect(q1.key).not.toBe(q2.key);
    expect(keyOfUrl(`${REAL}/HELP/Api/GET-User`)).toBe(a.key);
  });
});

describe('makeScope', () => {
  it('records under the root origin when there is no alias', () => {
    const own = makeScope(`${REAL}/Help/`);
    expect(own).toEqual({ fetchOrigin: REAL, recordOrigin: REAL, rootPath: '/Help', recordRoot: `${REAL}/Help` });
    expect(rootRef(own)).toMatchObject({ fetchUrl: `${REAL}/Help`, url: `${REAL}/Help` });
  });

  it.each([
    ['not a URL', 'connect.maklare.vitec.net/Help', /crawl root .*not an absolute URL/],
    ['not http', 'ftp://connect.maklare.vitec.net/Help', /expected an http or https URL, got ftp:/],
  ])('rejects a root that is %s', (_label, root, message) => {
    expect(() => makeScope(root)).toThrow(message);
  });
});

describe('extractLinks', () => {
  it('follows <a href> only, once each, in document order; forms and assets are ignored', () => {
    const html = `<html><head><link rel="stylesheet" href="/Help/site.css"><script src="/Help/app.js"></script></head><body>
      <a href="/Help/Section?id=aml">aml</a>
      <a href="/Help/Category?version=v1&amp;categoryId=CRM-Contact">CRM</a>
      <a href="/help/section?id=aml">again</a>
      <a href="#top">top</a>
      <form action="/Help/Api/POST-User-Notify-customerId/submit" method="post"><button>Skicka</button></form>
      <img src="/Help/logo.png">
      <a href="https://example.com/">elsewhere</a>
      <a href="${REAL}/Help/TechnicalInformation">abs</a>
    </body></html>`;
    expect(extractLinks(html, `${LOCAL}/Help`, scope).map((r) => r.url)).toEqual([
      `${REAL}/Help/Section?id=aml`,
      `${REAL}/Help/Category?version=v1&categoryId=CRM-Contact`,
      `${REAL}/Help/TechnicalInformation`,
    ]);
  });

  it('resolves against <base href>', () => {
    const html = `<html><head><base href="/Help/Api/"></head><body><a href="GET-User">u</a></body></html>`;
    expect(extractLinks(html, `${LOCAL}/Help`, scope).map((r) => r.fetchUrl)).toEqual([`${LOCAL}/Help/Api/GET-User`]);
  });
  // What htmlparser2's Parser reported for each (the reader before the tokenizer-only one): held so that
  // the leaner reader follows the same links.
  it('reads hrefs as the HTML parser does: entities in values, any case, first attribute, markup that is no tag', () => {
    const html = `<!DOCTYPE html><html><body>
      <A HREF="/Help/A?x=1&amp;y=2&#38;z=&#x33;">entities</A>
      <a href="/Help/B?a=1&copy=2&not=&lt">legacy entity before = stays, at the end decodes</a>
      <a href='/Help/C' href="/Help/ignored">first href wins</a>
      <a class="x" href=/Help/D>unquoted</a>
      <a href="/Help/E"/>
      <!-- <a href="/Help/InComment">no</a> -->
      <script>var s = '<a href="/Help/InScript">no</a>';</script>
      <style>a[href="/Help/InStyle"] {}</style>
      <textarea><a href="/Help/InTextarea">no</a></textarea>
      <title>&amp; <a href="/Help/InTitle">no</a></title>
      <p title="<a href='/Help/InAttribute'>">no</p>
      <a href="/Help/Å%20Ö">non-ASCII</a>
      <a href>no value</a>
      <a href="/Help/Cut"`;
    expect(extractLinks(html, `${LOCAL}/Help`, scope).map((r) => r.url)).toEqual([
      `${REAL}/Help/A?x=1&y=2&z=3`,
      `${REAL}/Help/B?a=1&copy=2&not=%3C`,
      `${REAL}/Help/C`,
      `${REAL}/Help/D`,
      `${REAL}/Help/E`,
      `${REAL}/Help/%C3%85%20%C3%96`,
    ]);
  });

  it('takes the first <base href>, in any case, with entities decoded', () => {
    const html = `<html><head><BASE Href="/Help/Api/&#x3F;x"><base href="/Help/Other/"></head><body><a href="GET-User">u</a></body></html>`;
    expect(extractLinks(html, `${LOCAL}/Help`, scope).map((r) => r.fetchUrl)).toEqual([`${LOCAL}/Help/Api/GET-User`]);
  });
});

describe('isHtml', () => {
  it.each([
    ['text/html; charset=utf-8', true],
    ['application/xhtml+xml', true],
    [null, true],
    ['application/json', false],
    ['text/css', false],
  ])('%s -> %s', (type, expected) => {
    expect(isHtml(type)).toBe(expected);
  });
});

describe('retry arithmetic', () => {
  it.each([
    [200, false],
    [304, false],
    [404, false],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
  ])('status %i retryable: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  it.each([
    [1, 100, 10_000, 0, 50],
    [1, 100, 10_000, 1, 100],
    [3, 100, 10_000, 0, 200],
    [3, 100, 10_000, 1, 400],
    [10, 100, 1_000, 1, 1_000],
    [10, 100, 1_000, 0, 500],
  ])('backoff after failure %i (base %i, max %i, random %d) = %i', (failures, base, max, random, expected) => {
    expect(backoffMs(failures, base, max, () => random)).toBe(expected);
  });

  const now = Date.parse('Wed, 01 Jan 2025 00:00:00 GMT');
  it.each([
    ['delay-seconds', '3', 60_000, 3_000],
    ['capped seconds', '3600', 60_000, 60_000],
    ['HTTP date', 'Wed, 01 Jan 2025 00:00:10 GMT', 60_000, 10_000],
    ['date in the past', 'Tue, 31 Dec 2024 23:00:00 GMT', 60_000, 0],
    ['garbage', 'soon', 60_000, null],
    ['negative seconds (not a date either)', '-1', 60_000, null],
    ['absent', null, 60_000, null],
  ])('Retry-After %s', (_label, value, cap, expected) => {
    expect(parseRetryAfter(value, now, cap)).toBe(expected);
  });
});
