/**
 * `npm run bench`: speed and memory of the pipeline's stages, as medians after warm-up and as ratios
 * against baselines measured in the same run (absolute times on a shared machine mean little alone).
 * Prints only; writes nothing.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';

import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';
import { benchBundles } from './bundle.js';
import { benchCrawl } from './crawl.js';
import { enlargeSnapshot } from './enlarge.js';
import { scrapeMemory } from './memory.js';
import { benchProcesses } from './processes.js';
import { formatSection, type Section } from './report.js';
import { benchScrape } from './scrape.js';
import { benchXml } from './xml.js';

const FACTOR = 10;
const started = performance.now();

console.log(`vitec-codegen bench: node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.arch()}\n`);

const snapshotDir = fileURLToPath(new URL('../site-snapshot', import.meta.url));
const snapshot = await readSnapshot(snapshotDir);
const enlarged = enlargeSnapshot(snapshot, FACTOR);

/** Prints a section with the time it took, to keep an eye on the whole bench's budget (~3 minutes). */
async function section(run: () => Promise<Section>): Promise<void> {
  const t = performance.now();
  const result = await run();
  console.log(`${formatSection(result)}\n  (section took ${((performance.now() - t) / 1000).toFixed(0)} s)\n`);
}

await section(async () => {
  const scrape = await benchScrape(snapshot, enlarged, FACTOR);
  scrape.notes.push(...(await scrapeMemory(FACTOR)));
  return scrape;
});

await section(() => benchProcesses(snapshotDir, enlarged, FACTOR));

const ir = scrapeSnapshot(snapshot);
await section(() => benchXml(ir));
await section(() => benchCrawl(snapshotDir));
await section(() => benchBundles());

console.log(`bench done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
