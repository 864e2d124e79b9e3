/**
 * Run in a fresh process by `memory.ts`, so that its peak RSS belongs to one job alone:
 * `load` reads the snapshot and builds the enlargement (the floor), `scrape` also scrapes it.
 * Prints one JSON line: peak RSS, and heap in use after a collection (what stays alive).
 */
import { fileURLToPath } from 'node:url';

import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';
import { enlargeSnapshot } from './enlarge.js';
import { collectGarbage } from './harness.js';

const [mode, factorArg] = process.argv.slice(2);
if (mode !== 'load' && mode !== 'scrape')
  throw new Error(`memory-child: expected mode "load" or "scrape", got ${mode}`);
const factor = Number(factorArg);

const snapshot = enlargeSnapshot(
  await readSnapshot(fileURLToPath(new URL('../site-snapshot', import.meta.url))),
  factor,
);
const ir = mode === 'scrape' ? scrapeSnapshot(snapshot) : null;
collectGarbage();
const result = {
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  heapUsedBytes: process.memoryUsage().heapUsed,
  operations: ir?.operations.length ?? 0,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
