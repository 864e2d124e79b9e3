// The committed snapshots (site-snapshot/ and the stock fixture) are consistent and carry the markup
// their theme promises. Reads only committed files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';

import { sha256 } from '../snapshot/format.js';
import { readManifest } from '../snapshot/read.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SITE = path.join(ROOT, 'site-snapshot');
const STOCK = path.join(ROOT, 'test/fixtures/stock-snapshot');
const ORIGIN = 'https://connect.maklare.vitec.net';

async function bodies(dir: string): Promise<Map<string, string>> {
  const manifest = await readManifest(dir);
  const out = new Map<string, string>();
  for (const p of manifest.pages) out.set(p.url, await readFile(path.join(dir, p.file!), 'utf8'));
  return out;
}

describe.each([
  ['site-snapshot', SITE],
  ['stock fixture', STOCK],
])('%s manifest', (_label, dir) => {
  it('lists every body with its sha256, status 200 and the HTML content type', async () => {
    const manifest = await readManifest(dir);
    expect(manifest.helpRoot).toBe(`${ORIGIN}/Help`);
    for (const p of manifest.pages) {
      expect(p.file, p.url).not.toBeNull();
      const body = await readFile(path.join(dir, p.file!));
      expect(sha256(body), p.url).toBe(p.sha256);
      expect([p.status, p.contentType, p.etag, p.lastModified, p.error]).toEqual([
        200,
        'text/html; charset=utf-8',
        null,
        null,
        null,
      ]);
    }
  });

  it('has unique URLs in sorted order, all on the help site', async () => {
    const urls = (await readManifest(dir)).pages.map((p) => p.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual([...urls].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const u of urls) expect(u.startsWith(`${ORIGIN}/Help`)).toBe(true);
  });
});

describe('site-snapshot pages', () => {
  it('holds the pages the evidence supports', async () => {
    const urls = [...(await bodies(SITE)).keys()];
    const count = (re: RegExp) => urls.filter((u) => re.test(u)).length;
    expect(count(/\/Help\/Api\//)).toBe(72);
    expect(count(/\/Help\/ResourceModel\?/)).toBe(52);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${ORIGIN}/Help`,
        `${ORIGIN}/Help/TechnicalInformation`,
        `${ORIGIN}/Help/Category?version=v1&categoryId=CRM-Contact`,
      ]),
    );
  });

  it('gives every page the Vitec chrome and one .paper-content', async () => {
    for (const [url, html] of await bodies(SITE)) {
      const $ = cheerio.load(html);
      expect($('.navigation-area').length, url).toBe(1);
      expect($('.page-header .header-title').text(), url).toBe('Dokumentation för API-funktioner');
      expect($('.paper-content').length, url).toBe(1);
      expect($('script[src="/Scripts/vitec-help.js"]').length, url).toBe(1);
    }
  });

  it('gives every endpoint page its title, parts and samples in the theme markup', async () => {
    for (const [url, html] of await bodies(SITE)) {
      if (!url.includes('/Help/Api/')) continue;
      const $ = cheerio.load(html);
      const content = $('.paper-content');
      expect(content.find('span.display1').text(), url).toMatch(/^(GET|POST|PUT|DELETE) \S+$/);
      const headings = content
        .find('span.headline, span.title, h2, h3')
        .map((_i, el) => $(el).text())
        .get();
      expect(headings, url).toEqual(
        expect.arrayContaining(['Request Information', 'Response Information', 'Resource Description', 'Kodexempel']),
      );
      for (const id of ['curl-command', 'powershell', 'csharp', 'php'])
        expect(content.find(`#${id} pre`).length, `${url} #${id}`).toBe(1);
      content.find('table.help-page-table thead').each((_i, el) => {
        expect($(el).text().replace(/\s+/g, ''), url).toBe('NamnBeskrivningTypInformation');
      });
      content.find('.sample-tabs a[role=tab]').each((_i, el) => {
        const pane = content.find(`[id="${$(el).attr('aria-controls')}"]`);
        expect(pane.length, `${url} ${$(el).attr('href')}`).toBeGreaterThan(0);
      });
      if (content.find('a[href^="#xml"]').length > 0) {
        const xml = content.find('[id^="xml"] pre').first().text();
        // A polymorphic result names its variant first: `<CrmContact i:type="CrmPersonContact" xmlns:i=…`.
        expect(xml, url).toMatch(
          /^<\w+ (i:type="\w+" )?(xmlns:i="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance" )?xmlns="http:\/\/schemas\./,
        );
      }
    }
  });

  it('renders the Notify page exactly as the reference page', async () => {
    const reference = await readFile(
      path.join(ROOT, 'tools/build-snapshot/reference/POST-User-Notify-customerId.html'),
      'utf8',
    );
    expect((await bodies(SITE)).get(`${ORIGIN}/Help/Api/POST-User-Notify-customerId`)).toBe(reference);
  });

  it('varies the markup between pages like the real site', async () => {
    const all = [...(await bodies(SITE)).values()];
    expect(all.some((h) => h.includes('<h2>Request Information</h2>'))).toBe(true);
    expect(all.some((h) => h.includes('<span class="headline">Body Parameters</span>'))).toBe(true);
    expect(all.some((h) => h.includes('<span class="title">Body Parameters</span>'))).toBe(true);
    expect(all.some((h) => /^\t+<div class="paper-content">/m.test(h))).toBe(true);
  });
});

describe('stock fixture pages', () => {
  it('holds the index, three endpoints and two models in stock markup', async () => {
    const pages = await bodies(STOCK);
    expect([...pages.keys()]).toEqual([
      `${ORIGIN}/Help`,
      `${ORIGIN}/Help/Api/GET-CRM-Contact-customerId-Search`,
      `${ORIGIN}/Help/Api/GET-CRM-Contact-customerId-contactId`,
      `${ORIGIN}/Help/Api/POST-User-Notify-customerId`,
      `${ORIGIN}/Help/ResourceModel?modelName=Crm_CrmPersonContact`,
      `${ORIGIN}/Help/ResourceModel?modelName=Models_ContactType`,
    ]);
    for (const [url, html] of pages) {
      const $ = cheerio.load(html);
      expect($('.paper-content').length, url).toBe(0);
      expect($('h1').length, url).toBe(1);
    }
    const $ = cheerio.load(pages.get(`${ORIGIN}/Help`)!);
    expect(
      $('h2[id]')
        .map((_i, el) => $(el).attr('id'))
        .get(),
    ).toEqual(['CrmContact', 'User']);
  });

  it('shows the same samples as the Vitec page of the same URL', async () => {
    const site = await bodies(SITE);
    for (const [url, html] of await bodies(STOCK)) {
      if (!url.includes('/Help/Api/')) continue;
      const stock = cheerio
        .load(html)('pre.wrapped')
        .map((_i, el) => cheerio.load(el)('pre').text())
        .get();
      const $ = cheerio.load(site.get(url)!);
      const vitec = $('.sample-tabs pre.wrapped')
        .map((_i, el) => $(el).text())
        .get();
      expect(stock, url).toEqual(vitec);
    }
  });

  it('translates the Swedish annotations to the stock English form', async () => {
    const $ = cheerio.load((await bodies(STOCK)).get(`${ORIGIN}/Help/ResourceModel?modelName=Crm_CrmPersonContact`)!);
    const annotations = $('td.parameter-annotations p')
      .map((_i, el) => $(el).text())
      .get();
    expect(annotations).toContain('String length: inclusive between 0 and 30');
    expect(annotations).toContain('Required');
    expect(annotations.join('|')).not.toMatch(/krävs|måste vara mellan/);
  });
});
