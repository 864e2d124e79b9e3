/** What the user sees while a crawl runs: a bar on a terminal, plain lines in logs, or nothing. */
import cliProgress from 'cli-progress';
import pc from 'picocolors';

import type { RetryInfo } from './fetch-page.js';

export type ProgressMode = 'bar' | 'lines' | 'none';

export interface PageEvent {
  url: string;
  status: number;
  /** How the page was obtained: downloaded, answered 304 or same bytes, or failed. */
  outcome: 'fetched' | 'reused' | 'failed';
  done: number;
  /** Pages known so far (grows as links are found). */
  known: number;
}

export interface ProgressReporter {
  page(event: PageEvent): void;
  retry(info: RetryInfo): void;
  /** Something odd that did not stop the crawl (a malformed URL kept, a page over a limit). */
  warn(message: string): void;
  /** Stop the bar, then print the closing line. */
  end(line: string): void;
}

export function makeReporter(mode: ProgressMode, stream: NodeJS.WritableStream): ProgressReporter {
  if (mode === 'none')
    return { page: () => undefined, retry: () => undefined, warn: () => undefined, end: () => undefined };
  if (mode === 'lines') {
    return {
      page: (e) => stream.write(`[${e.done}/${e.known}] ${e.status || 'ERR'} ${e.outcome} ${e.url}\n`),
      retry: (r) => stream.write(`retry after attempt ${r.attempt} (${r.reason}), waiting ${r.waitMs} ms: ${r.url}\n`),
      warn: (message) => stream.write(`warning: ${message}\n`),
      end: (line) => stream.write(`${line}\n`),
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: 'crawl [{bar}] {value}/{total} pages | {retries} retries | {url}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let retries = 0;
  let started = false;
  // Printed after the bar, which would overwrite them.
  const warnings: string[] = [];
  return {
    page: (e) => {
      if (!started) {
        bar.start(e.known, 0, { retries, url: '' });
        started = true;
      }
      bar.setTotal(e.known);
      bar.update(e.done, { retries, url: e.url });
    },
    retry: () => {
      retries++;
      if (started) bar.update({ retries });
    },
    warn: (message) => warnings.push(message),
    end: (line) => {
      if (started) bar.stop();
      for (const message of warnings) stream.write(`${pc.yellow('warning')}: ${message}\n`);
      stream.write(`${pc.bold(line)}\n`);
    },
  };
}
