/**
 * Scrape throughput: `scrapeSnapshot` on the committed snapshot and on its 10x enlargement, against
 * the parse floor measured in the same run, in turn with it (every page parsed into cheerio as the scraper parses it, and nothing
 * else).
 */
import { loadHtml } from '../scraper/dom.js';
import { scrapeSnapshot } from '../scraper/index.js';
import type { LoadedSnapshot } from '../snapshot/read.js';
import { measureInTurn, ratio } from './harness.js';
import { perSecond, times, type Section } from './report.js';

/** Targets: the scrape costs at most this many times the bare parse, and grows linearly with the pages. */
const TARGET_FLOOR_RATIO = 1.5;
const LINEAR_SLACK = 1.1;

function parseOnly(snapshot: LoadedSnapshot): number {
  let nodes = 0;
  for (const page of snapshot.pages) if (page.body !== null) nodes += loadHtml(page.body).root().children().length;
  return nodes;
}

export async function benchScrape(
  snapshot: LoadedSnapshot,
  enlarged: LoadedSnapshot,
  factor: number,
): Promise<Section> {
  const n1 = snapshot.pages.length;
  const nx = enlarged.pages.length;
  const [parse1, scrape1] = await measureInTurn(
    [
      { label: `parse only, 1x (${n1} pages)`, fn: () => parseOnly(snapshot) },
      { label: `scrapeSnapshot, 1x (${n1} pages)`, fn: () => scrapeSnapshot(snapshot) },
    ],
    // Eleven runs of under half a second each: the 1x ratios sit near their targets, and a median of more runs
    // moves less with the machine.
    { warmup: 2, runs: 11 },
  );
  const [parseX, scrapeX] = await measureInTurn(
    [
      { label: `parse only, ${factor}x (${nx} pages)`, fn: () => parseOnly(enlarged) },
      { label: `scrapeSnapshot, ${factor}x (${nx} pages)`, fn: () => scrapeSnapshot(enlarged) },
    ],
    // Seconds a run: one warm-up (the heap grows to the 10x size) and two runs keep the bench under its three
    // minutes with the test tier in it.
    { warmup: 1, runs: 2 },
  );
  const floor1 = ratio(scrape1, parse1);
  const floorX = ratio(scrapeX, parseX);
  const linear = ratio(scrapeX, scrape1);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return {
    title: 'Scrape throughput (snapshot in memory -> IR)',
    rows: [
      { measurement: parse1, rate: perSecond(n1, 'pages', parse1) },
      { measurement: scrape1, rate: perSecond(n1, 'pages', scrape1) },
      { measurement: parseX, rate: perSecond(nx, 'pages', parseX) },
      { measurement: scrapeX, rate: perSecond(nx, 'pages', scrapeX) },
    ],
    notes: [
      `scrape / parse floor: 1x ${times(floor1)}, ${factor}x ${times(floorX)} (target <= ${times(TARGET_FLOOR_RATIO)}): ${verdict(Math.max(floor1, floorX) <= TARGET_FLOOR_RATIO)}`,
      `linearity: scrape ${factor}x / 1x = ${times(linear)} (target <= ${times(factor * LINEAR_SLACK)}): ${verdict(linear <= factor * LINEAR_SLACK)}; parse ${times(ratio(parseX, parse1))}`,
    ],
  };
}
