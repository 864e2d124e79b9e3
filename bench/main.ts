/**
 * `npm run bench`: speed and memory of the pipeline's stages, as medians after warm-up and as ratios
 * against baselines measured in the same run (absolute times on a shared machine mean little alone).
 * Prints only; writes nothing.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';
import { enlargeSnapshot } from './enlarge.js';
import { benchGenerate } from './generate.js';
import { scrapeMemory } from './memory.js';
import { formatSection } from './report.js';
import { benchScrape } from './scrape.js';

const FACTOR = 10;
const started = performance.now();

console.log(`vitec-codegen bench: node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.arch()}\n`);

const snapshot = await readSnapshot(fileURLToPath(new URL('../site-snapshot', import.meta.url)));
const enlarged = enlargeSnapshot(snapshot, FACTOR);

const scrape = await benchScrape(snapshot, enlarged, FACTOR);
scrape.notes.push(...(await scrapeMemory(FACTOR)));
console.log(formatSection(scrape));

const ir = scrapeSnapshot(snapshot);
const enlargedIr = scrapeSnapshot(enlarged);
console.log(formatSection(await benchGenerate(ir, enlargedIr, FACTOR)));

console.log(`bench done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
