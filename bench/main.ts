/**
 * `npm run bench`: speed and memory of the pipeline's stages, as medians after warm-up and as ratios
 * against baselines measured in the same run (absolute times on a shared machine mean little alone).
 * Prints only; writes nothing. `npm run bench -- --only bundle` (or scrape, processes, xml, crawl, tests;
 * comma-separated) runs just those sections, e.g. while working on one of them.
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
import { benchTests } from './tests.js';
import { benchXml } from './xml.js';

const FACTOR = 10;
/** The whole bench, every section, on 2 cores: under three minutes. */
const BUDGET_S = 180;
const SECTIONS = ['scrape', 'processes', 'xml', 'crawl', 'bundle', 'tests'] as const;
type SectionName = (typeof SECTIONS)[number];

/** The sections `--only a,b` names (all when the flag is absent); an unknown name is an error, not a silent skip. */
function chosenSections(argv: readonly string[]): ReadonlySet<SectionName> {
  const at = argv.indexOf('--only');
  if (at < 0) return new Set(SECTIONS);
  const names = (argv[at + 1] ?? '').split(',').filter((n) => n !== '');
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0)
    throw new Error(
      `bench: --only takes some of ${SECTIONS.join(', ')} (comma-separated), got '${argv[at + 1] ?? ''}'`,
    );
  return new Set(names as SectionName[]);
}

const only = chosenSections(process.argv.slice(2));
const started = performance.now();

console.log(`vitec-codegen bench: node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.arch()}\n`);

const snapshotDir = fileURLToPath(new URL('../site-snapshot', import.meta.url));

/** Prints a section with the time it took, to keep an eye on the whole bench's budget (~3 minutes). */
async function section(name: SectionName, run: () => Promise<Section>): Promise<void> {
  if (!only.has(name)) return;
  const t = performance.now();
  const result = await run();
  console.log(`${formatSection(result)}\n  (section took ${((performance.now() - t) / 1000).toFixed(0)} s)\n`);
}

// Read and enlarged only for the sections that use them: the bundle section alone needs neither.
const needsSnapshot = only.has('scrape') || only.has('processes') || only.has('xml');
const snapshot = needsSnapshot ? await readSnapshot(snapshotDir) : undefined;
const enlarged =
  snapshot !== undefined && (only.has('scrape') || only.has('processes'))
    ? enlargeSnapshot(snapshot, FACTOR)
    : undefined;

await section('scrape', async () => {
  const scrape = await benchScrape(snapshot!, enlarged!, FACTOR);
  scrape.notes.push(...(await scrapeMemory(FACTOR)));
  return scrape;
});
// The crawl goes before the whole processes, which write and delete thousands of files (the 10x snapshot,
// each generate's output): measured after them, the crawler's own cost per request (one file per page) rose from
// 554-745 us to 998-1,042 us, so the order keeps that file-system churn out of the crawl's time.
await section('crawl', () => benchCrawl(snapshotDir));
await section('processes', () => benchProcesses(snapshotDir, enlarged!, FACTOR));
await section('xml', () => benchXml(scrapeSnapshot(snapshot!)));
await section('bundle', () => benchBundles());
await section('tests', () => benchTests());

const tookS = (performance.now() - started) / 1000;
// The whole bench's own target (#11), judged only when every section ran.
const budget =
  only.size === SECTIONS.length ? ` (target <= ${BUDGET_S} s): ${tookS <= BUDGET_S ? 'met' : 'MISSED'}` : '';
console.log(`bench done in ${tookS.toFixed(0)} s${budget}`);
