/**
 * Scrape throughput: `scrapeSnapshot` on the committed snapshot and on its 10x enlargement, against
 * the parse floor measured in the same run (`cheerio.load` of every page and nothing else).
 */
import * as cheerio from 'cheerio';

import { scrapeSnapshot } from '../scraper/index.js';
import type { LoadedSnapshot } from '../snapshot/read.js';
import { measure, ratio } from './harness.js';
import { ms, perSecond, times, type Section } from './report.js';

/** The 1x snapshot must scrape in well under a second; this is the line "well under" is read as. */
const TARGET_1X_MS = 500;

function parseOnly(snapshot: LoadedSnapshot): number {
  let nodes = 0;
  for (const page of snapshot.pages) if (page.body !== null) nodes += cheerio.load(page.body).root().children().length;
  return nodes;
}

export async function benchScrape(
  snapshot: LoadedSnapshot,
  enlarged: LoadedSnapshot,
  factor: number,
): Promise<Section> {
  const n1 = snapshot.pages.length;
  const nx = enlarged.pages.length;
  const parse1 = await measure(`cheerio.load only, 1x (${n1} pages)`, () => parseOnly(snapshot), {
    warmup: 2,
    runs: 7,
  });
  const scrape1 = await measure(`scrapeSnapshot, 1x (${n1} pages)`, () => scrapeSnapshot(snapshot), {
    warmup: 2,
    runs: 7,
  });
  const parseX = await measure(`cheerio.load only, ${factor}x (${nx} pages)`, () => parseOnly(enlarged), {
    warmup: 1,
    runs: 5,
  });
  const scrapeX = await measure(`scrapeSnapshot, ${factor}x (${nx} pages)`, () => scrapeSnapshot(enlarged), {
    warmup: 1,
    runs: 5,
  });
  const verdict = scrape1.median < TARGET_1X_MS ? 'met' : 'MISSED';
  return {
    title: 'Scrape throughput (snapshot in memory -> IR)',
    rows: [
      { measurement: parse1, rate: perSecond(n1, 'pages', parse1) },
      { measurement: scrape1, rate: perSecond(n1, 'pages', scrape1) },
      { measurement: parseX, rate: perSecond(nx, 'pages', parseX) },
      { measurement: scrapeX, rate: perSecond(nx, 'pages', scrapeX) },
    ],
    notes: [
      `scrape / parse floor: 1x ${times(ratio(scrape1, parse1))}, ${factor}x ${times(ratio(scrapeX, parseX))}`,
      `linearity: scrape ${factor}x / 1x = ${times(ratio(scrapeX, scrape1))} (linear = ${factor}.00x); parse ${times(ratio(parseX, parse1))}`,
      `target: the committed snapshot scrapes in well under 1 s (< ${ms(TARGET_1X_MS)}): ${ms(scrape1.median)}, ${verdict}`,
    ],
  };
}
