/**
 * Memory of the scrape of the enlarged snapshot: peak RSS of a fresh process that loads and scrapes
 * it, against one that only loads it (same run), and the heap still in use once the IR is built.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { megabytes, times } from './report.js';

interface ChildResult {
  peakRssBytes: number;
  heapUsedBytes: number;
  operations: number;
}

const CHILD = fileURLToPath(new URL('./memory-child.ts', import.meta.url));

async function runChild(mode: 'load' | 'scrape', factor: number): Promise<ChildResult> {
  // The parent's execArgv carries tsx's loader, so the child runs the TypeScript source the same way.
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, CHILD, mode, String(factor)], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildResult;
}

/** One line per finding, for the scrape section's notes. */
export async function scrapeMemory(factor: number): Promise<string[]> {
  const load = await runChild('load', factor);
  const scrape = await runChild('scrape', factor);
  return [
    `memory, ${factor}x scrape (fresh process): peak RSS ${megabytes(scrape.peakRssBytes)} vs ${megabytes(load.peakRssBytes)} to load it only ` +
      `(${times(scrape.peakRssBytes / load.peakRssBytes)}); heap after GC ${megabytes(scrape.heapUsedBytes)} with the IR (${scrape.operations} operations) vs ${megabytes(load.heapUsedBytes)}`,
  ];
}
