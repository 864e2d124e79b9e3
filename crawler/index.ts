/**
 * The crawler: the live help site -> a snapshot folder (`snapshot/format.ts`).
 *
 * Polite (bounded concurrency, optional spacing, a User-Agent naming the tool, conditional
 * requests), robust (timeouts, bounded retries with backoff, failures recorded, not fatal) and
 * incremental (304s reuse the previous bodies; pages are persisted in a staging folder as they
 * finish, so an interrupted crawl resumes; the output is replaced in one swap, or not at all when
 * nothing changed).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';

import { fileForUrl, sha256, type ManifestEntry } from '../snapshot/format.js';
import { MANIFEST_FILE } from '../snapshot/layout.js';
import { readManifest } from '../snapshot/read.js';
import { fetchWithRetry, type FetchPolicy, type FetchResult } from './fetch-page.js';
import { getWithFetch, getWithNodeHttp } from './http-get.js';
import { DEFAULT_LIMITS, type CrawlLimits } from './limits.js';
import { makeReporter, type ProgressMode, type ProgressReporter } from './progress.js';
import { pathExists, Staging } from './staging.js';
import {
  extractLinks,
  isHtml,
  keyOfUrl,
  makeScope,
  resolveLink,
  rootRef,
  type CrawlScope,
  type PageRef,
} from './urls.js';
import { defaultUserAgent } from './user-agent.js';
import {
  CrawlFailed,
  DEFAULT_MAX_LOST,
  lossProblem,
  rootProblem,
  type LossReport,
  type RootOutcome,
} from './verdict.js';

export type { ProgressMode } from './progress.js';
export { CrawlFailed } from './verdict.js';
export type { CrawlLimits } from './limits.js';

export interface CrawlOptions {
  /** Help root URL, e.g. `https://connect.maklare.vitec.net/Help`. */
  root: string;
  /** Snapshot folder to write (replaced as a whole when the crawl completes). */
  out: string;
  /** An earlier snapshot for conditional requests and reuse; default: `out` when it holds one. */
  previous?: string;
  /** Requests in flight at most; default 4. */
  concurrency?: number;
  /** Least time between the starts of two requests; default 0. */
  delayMs?: number;
  /** Per attempt, body included; default 30000. */
  timeoutMs?: number;
  /** Attempts per page; default 5. */
  maxAttempts?: number;
  /** First backoff step (doubles per failure, with jitter); default 500. */
  baseBackoffMs?: number;
  /** Longest backoff step; default 30000. */
  maxBackoffMs?: number;
  /** Longest wait a `Retry-After` header can impose; default 120000. */
  maxRetryAfterMs?: number;
  /** Default `vitec-codegen/<version> (+<repository>)`. */
  userAgent?: string;
  /** Default: `bar` when the progress stream is a TTY, else `lines`. */
  progress?: ProgressMode;
  /** Where progress goes; default `process.stderr`. */
  progressStream?: NodeJS.WritableStream;
  /** Send the requests with this `fetch`; default: `node:http(s)`, decoding bodies as `fetch` does. */
  fetch?: typeof fetch;
  /**
   * The origin the pages are recorded under, and which their absolute links name, when the site
   * is crawled from elsewhere (a local copy served on 127.0.0.1).
   */
  originAlias?: string;
  /**
   * Share (0..1) of the previous snapshot's pages the crawl may fail to re-read (failed, or no
   * longer linked) and still replace it; default 0.05. Over it, the crawl fails and writes nothing.
   */
  maxLost?: number;
  /** Limits: a page over one is recorded as failed (with the limit in its error) and the crawl goes on. */
  limits?: Partial<CrawlLimits>;
  /** Aborting stops the crawl; the staging folder stays for a resume and `out` is untouched. */
  signal?: AbortSignal;
}

export interface CrawlSummary {
  /** Pages in the snapshot (including those recorded as failed). */
  pages: number;
  /** Body bytes downloaded by this run (a 304 downloads none). */
  bytes: number;
  /** Pages whose previous body was kept: answered 304, or the same bytes again. */
  reused: number;
  /** Pages recorded without a body: network failure or status >= 400. */
  failed: number;
  /** Pages that failed this time but kept their previous body, marked stale in the manifest. */
  stale: number;
  /** Pages of the previous snapshot no longer linked, so not in this one. */
  gone: number;
  /** Pages taken over from an interrupted crawl's staging folder, not fetched again. */
  resumed: number;
  /** Odd URLs kept as they are and pages refused by a limit, each naming its URL. */
  warnings: string[];
  /** HTTP requests sent, retries included. */
  requests: number;
  retries: number;
  /** False when the result equalled the existing `out` byte for byte, which was left untouched. */
  changed: boolean;
  durationMs: number;
}

interface PreviousPage {
  entry: ManifestEntry;
  body: Buffer;
}

export async function crawl(options: CrawlOptions): Promise<CrawlSummary> {
  const started = performance.now();
  checkOptions(options);
  const scope = makeScope(options.root, options.originAlias);
  options.signal?.throwIfAborted();
  const previous = await loadPrevious(options, scope);
  const stream = options.progressStream ?? process.stderr;
  const reporter = makeReporter(options.progress ?? (isTty(stream) ? 'bar' : 'lines'), stream);
  const counters = { bytes: 0, reused: 0, requests: 0, retries: 0 };
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    reporter.warn(message);
  };

  const controller = new AbortController();
  const onAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const limits: CrawlLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const policy = fetchPolicy(options, limits, counters, reporter);

  const { staging, resumed } = await Staging.open(options.out, scope.recordRoot);
  const results = new Map<string, ManifestEntry>();
  const seen = new Set<string>();
  const limit = pLimit(options.concurrency ?? 4);
  const tasks: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  // Pages that never got an answer, or were redirects (whose targets are not journaled), go again.
  // Stale pages go again too: they are the ones to re-read.
  const resumedPages = resumed.filter(
    (p) => p.entry.status !== 0 && !isRedirect(p.entry.status) && p.entry.stale === undefined,
  );
  const root = rootRef(scope);
  let rootOutcome: RootOutcome | undefined;
  const crawlTime = new Date().toISOString();
  const resumedCount = resumedPages.length;
  let stagedBytes = resumedPages.reduce((n, p) => n + (p.body?.length ?? 0), 0);
  let admitted = resumedCount;
  const queriesPerPath = new Map<string, number>();

  /** Why a page may not be fetched, or null when it may (and then it is counted). */
  const overLimit = (ref: PageRef): string | null => {
    if (ref.url.length > limits.maxUrlLength)
      return `URL of ${ref.url.length} characters, over the limit of ${limits.maxUrlLength} (max-url-length)`;
    if (ref.redirects > limits.maxRedirects)
      return `more than ${limits.maxRedirects} redirects in a row (max-redirects)`;
    if (admitted >= limits.maxPages) return `the crawl reached its limit of ${limits.maxPages} pages (max-pages)`;
    const q = ref.key.indexOf('?');
    if (q >= 0) {
      const pathKey = ref.key.slice(0, q);
      const count = queriesPerPath.get(pathKey) ?? 0;
      if (count >= limits.maxQueriesPerPath)
        return `more than ${limits.maxQueriesPerPath} distinct query strings on ${pathKey} (max-queries-per-path)`;
      queriesPerPath.set(pathKey, count + 1);
    }
    admitted++;
    return null;
  };

  const context: VisitContext = { policy, scope, signal: controller.signal, enqueue: (ref) => enqueue(ref) };
  const enqueue = (ref: PageRef): void => {
    if (seen.has(ref.key)) return;
    seen.add(ref.key);
    for (const issue of ref.issues) warn(issue);
    const refused = overLimit(ref);
    if (refused !== null) {
      warn(`${ref.url}: not fetched: ${refused}`);
      const entry = failedEntry(ref.url, `not fetched: ${refused}`);
      results.set(ref.key, entry);
      tasks.push(staging.record(entry, null).catch(onFailure));
      return;
    }
    const task = (async () => {
      const prev = previous.get(ref.key);
      // The concurrency limit holds the request only: recording the page and reading its links run
      // while the next request is on the wire, so the crawl never has fewer than `concurrency`
      // requests in flight for want of its own work (at c=1 that work made every request ~20 % longer).
      const fetched = await limit(() => {
        controller.signal.throwIfAborted();
        return visit(ref, prev, context);
      });
      counters.bytes += fetched.downloaded;
      if (ref.key === root.key)
        rootOutcome = { url: ref.url, entry: fetched.entry, links: linksOf(fetched, ref, scope) };
      // A page that was good before and fails now keeps its body: an outage is not a removal.
      let { entry, body } =
        fetched.body === null && prev
          ? { entry: staleEntry(prev, fetched.entry, crawlTime), body: prev.body }
          : fetched;
      if (body !== null && entry.file !== null) {
        if (stagedBytes + body.length > limits.maxStagedBytes) {
          const why = `not kept: the crawl's bodies would exceed ${limits.maxStagedBytes} bytes (max-staged-mb)`;
          warn(`${entry.url}: ${why}`);
          entry = failedEntry(entry.url, why);
          body = null;
        } else stagedBytes += body.length;
      }
      // The page is written while its links are read and the next requests start.
      const recorded = staging.record(entry, body);
      results.set(ref.key, entry);
      if (entry.sha256 !== null && entry.sha256 === previous.get(ref.key)?.entry.sha256) counters.reused++;
      reporter.page({
        url: entry.url,
        status: entry.status,
        outcome: outcomeOf(entry, previous.get(ref.key)),
        done: results.size,
        known: seen.size,
      });
      if (body !== null && isHtml(entry.contentType))
        for (const link of extractLinks(body.toString('utf8'), ref.fetchUrl, scope)) enqueue(link);
      await recorded;
    })();
    tasks.push(task.catch(onFailure));
  };
  const onFailure = (error: unknown): void => {
    if (!failure) {
      failure = { error };
      controller.abort(error);
    }
  };

  try {
    // Resumed pages are known before anything is enqueued, so that none is fetched again.
    for (const { entry } of resumedPages) {
      const key = keyOfUrl(entry.url);
      seen.add(key);
      results.set(key, entry);
    }
    enqueue(root);
    for (const { entry, body } of resumedPages) {
      const ref = resolveLink(entry.url, scope.recordRoot, scope);
      if (ref?.key === root.key) rootOutcome = { url: ref.url, entry, links: linksOf({ entry, body }, ref, scope) };
      if (ref && body !== null && isHtml(entry.contentType)) {
        for (const link of extractLinks(body.toString('utf8'), ref.fetchUrl, scope)) enqueue(link);
      }
    }
    for (let i = 0; i < tasks.length; i++) await tasks[i];
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  if (failure) {
    await staging.suspend();
    reporter.end(`crawl stopped after ${results.size} pages; rerun to resume`);
    throw failure.error;
  }

  const entries = [...results.values()];
  const loss: LossReport = {
    stale: entries.filter((e) => e.stale !== undefined).map((e) => e.url),
    gone: [...previous].filter(([key]) => !results.has(key)).map(([, p]) => p.entry.url),
    previous: previous.size,
  };
  const problem =
    rootProblem(rootOutcome, root.url, scope.recordRoot) ?? lossProblem(loss, options.maxLost ?? DEFAULT_MAX_LOST);
  if (problem !== null) {
    await staging.discard();
    reporter.end(`crawl failed; ${options.out} left as it was`);
    throw new CrawlFailed(`crawl failed: ${problem}; ${options.out} left as it was`);
  }
  const changed = await staging.finish(scope.recordRoot, entries, options.out);
  const summary: CrawlSummary = {
    pages: entries.length,
    bytes: counters.bytes,
    reused: counters.reused,
    failed: entries.filter((e) => e.status === 0 || e.status >= 400).length,
    stale: loss.stale.length,
    gone: loss.gone.length,
    resumed: resumedCount,
    warnings,
    requests: counters.requests,
    retries: counters.retries,
    changed,
    durationMs: Math.round(performance.now() - started),
  };
  reporter.end(summaryLine(summary, options.out));
  return summary;
}

function fetchPolicy(
  options: CrawlOptions,
  limits: CrawlLimits,
  counters: { bytes: number; requests: number; retries: number },
  reporter: ProgressReporter,
): FetchPolicy {
  const delayMs = options.delayMs ?? 0;
  let nextStart = 0;
  return {
    get: options.fetch === undefined ? getWithNodeHttp : getWithFetch(options.fetch),
    userAgent: options.userAgent ?? defaultUserAgent(),
    timeoutMs: options.timeoutMs ?? 30_000,
    maxAttempts: options.maxAttempts ?? 5,
    baseBackoffMs: options.baseBackoffMs ?? 500,
    maxBackoffMs: options.maxBackoffMs ?? 30_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
    maxBodyBytes: limits.maxBodyBytes,
    beforeAttempt: async (signal) => {
      counters.requests++;
      if (delayMs <= 0) return;
      // Starts are spaced across all workers, not per worker.
      const now = Date.now();
      const at = Math.max(now, nextStart);
      nextStart = at + delayMs;
      if (at > now) await sleep(at - now, undefined, { signal });
    },
    onRetry: (info) => {
      counters.retries++;
      reporter.retry(info);
    },
  };
}

interface VisitContext {
  policy: FetchPolicy;
  scope: CrawlScope;
  signal: AbortSignal;
  /** For the target of a redirect. */
  enqueue: (ref: PageRef) => void;
}

/** Fetch one page (conditionally when a previous body is at hand) and make its manifest entry. */
async function visit(
  ref: PageRef,
  prev: PreviousPage | undefined,
  { policy, scope, signal, enqueue }: VisitContext,
): Promise<{ entry: ManifestEntry; body: Buffer | null; downloaded: number }> {
  // Keep the spelling the previous snapshot used, so that files do not move between crawls.
  const url = prev?.entry.url ?? ref.url;
  const conditional: Record<string, string> = {};
  if (prev?.entry.etag) conditional['if-none-match'] = prev.entry.etag;
  if (prev?.entry.lastModified) conditional['if-modified-since'] = prev.entry.lastModified;
  const result = await fetchWithRetry(ref.fetchUrl, conditional, policy, signal);
  const entry = entryFor(url, result, prev);
  if (result.kind === 'failed') return { entry, body: null, downloaded: 0 };
  const downloaded = result.body.length;
  if (result.status === 304 && prev) return { entry, body: prev.body, downloaded };
  if (isRedirect(result.status)) {
    const location = result.headers.get('location');
    const target = location === null ? null : resolveLink(location, ref.fetchUrl, scope);
    if (target) enqueue({ ...target, redirects: ref.redirects + 1 });
  }
  return { entry, body: entry.file === null ? null : result.body, downloaded };
}

function failedEntry(url: string, error: string): ManifestEntry {
  return { url, status: 0, contentType: null, file: null, sha256: null, etag: null, lastModified: null, error };
}

function entryFor(url: string, result: FetchResult, prev: PreviousPage | undefined): ManifestEntry {
  const none = { contentType: null, file: null, sha256: null, etag: null, lastModified: null };
  if (result.kind === 'failed') return { url, status: result.status, ...none, error: result.error };
  const etag = result.headers.get('etag');
  const lastModified = result.headers.get('last-modified');
  if (result.status === 304 && prev) {
    return {
      ...prev.entry,
      url,
      file: fileForUrl(url),
      etag: etag ?? prev.entry.etag,
      lastModified: lastModified ?? prev.entry.lastModified,
    };
  }
  if (result.status >= 200 && result.status < 300) {
    return {
      url,
      status: result.status,
      contentType: result.headers.get('content-type'),
      file: fileForUrl(url),
      sha256: sha256(result.body),
      etag,
      lastModified,
      error: null,
    };
  }
  const error = isRedirect(result.status)
    ? `redirected to ${result.headers.get('location') ?? '(no Location header)'}`
    : `HTTP ${result.status} ${result.statusText}`.trim();
  return { url, status: result.status, ...none, contentType: result.headers.get('content-type'), error };
}

/** The previous entry with its body, marked stale with how the page failed this time. */
function staleEntry(prev: PreviousPage, failed: ManifestEntry, crawlTime: string): ManifestEntry {
  const error = failed.error ?? `HTTP ${failed.status}`;
  return {
    ...prev.entry,
    url: failed.url,
    file: fileForUrl(failed.url),
    stale: { error, since: prev.entry.stale?.since ?? crawlTime },
  };
}

function linksOf(
  page: { entry: ManifestEntry; body: Buffer | null },
  ref: PageRef,
  scope: CrawlScope,
): PageRef[] | null {
  if (page.body === null || !isHtml(page.entry.contentType)) return null;
  return extractLinks(page.body.toString('utf8'), ref.fetchUrl, scope);
}

function checkOptions(options: CrawlOptions): void {
  const positive: [string, number | undefined, boolean][] = [
    ['concurrency', options.concurrency, true],
    ['maxAttempts', options.maxAttempts, true],
    ['timeoutMs', options.timeoutMs, false],
  ];
  if (options.maxLost !== undefined && !(options.maxLost >= 0 && options.maxLost <= 1)) {
    throw new Error(`crawl option maxLost: expected a share from 0 to 1, got ${options.maxLost}`);
  }
  for (const [name, value, integer] of positive) {
    if (value !== undefined && !(value > 0 && (!integer || Number.isInteger(value)))) {
      throw new Error(`crawl option ${name}: expected a positive ${integer ? 'integer' : 'number'}, got ${value}`);
    }
  }
  for (const [name, value] of Object.entries(options.limits ?? {})) {
    if (value !== undefined && !(Number.isInteger(value) && value > 0))
      throw new Error(`crawl limit ${name}: expected a positive whole number, got ${value}`);
  }
  for (const [name, value] of [
    ['delayMs', options.delayMs],
    ['baseBackoffMs', options.baseBackoffMs],
    ['maxBackoffMs', options.maxBackoffMs],
    ['maxRetryAfterMs', options.maxRetryAfterMs],
  ] as const) {
    if (value !== undefined && !(value >= 0))
      throw new Error(`crawl option ${name}: expected a number >= 0, got ${value}`);
  }
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

function outcomeOf(entry: ManifestEntry, prev: PreviousPage | undefined): 'fetched' | 'reused' | 'failed' {
  if (entry.sha256 === null) return 'failed';
  return entry.sha256 === prev?.entry.sha256 ? 'reused' : 'fetched';
}

/**
 * The previous snapshot's pages with intact bodies, by page key. Only a snapshot of the same help
 * root counts: another site's validators mean nothing here.
 */
async function loadPrevious(options: CrawlOptions, scope: CrawlScope): Promise<Map<string, PreviousPage>> {
  const pages = new Map<string, PreviousPage>();
  let dir = options.previous;
  if (dir === undefined) {
    if (await pathExists(path.join(options.out, MANIFEST_FILE))) dir = options.out;
    else if ((await pathExists(options.out)) && (await readdir(options.out)).length > 0) {
      throw new Error(
        `${options.out}: exists and is not a snapshot folder (no ${MANIFEST_FILE}); refusing to replace it`,
      );
    }
  }
  if (dir === undefined) return pages;
  const manifest = await readManifest(dir);
  if (!sameRoot(manifest.helpRoot, scope.recordRoot)) return pages;
  for (const entry of manifest.pages) {
    if (entry.file === null || entry.sha256 === null) continue;
    const body = await readFile(path.join(dir, entry.file)).catch(() => null);
    // A body that is gone or altered cannot stand in for a 304.
    if (body !== null && sha256(body) === entry.sha256) pages.set(keyOfUrl(entry.url), { entry, body });
  }
  return pages;
}

function sameRoot(a: string, b: string): boolean {
  const [x, y] = [new URL(a), new URL(b)];
  return x.origin === y.origin && keyOfUrl(a) === keyOfUrl(b);
}

function isTty(stream: NodeJS.WritableStream): boolean {
  return (stream as NodeJS.WriteStream).isTTY === true;
}

function summaryLine(s: CrawlSummary, out: string): string {
  const mb = (s.bytes / 1e6).toFixed(2);
  const where = s.changed ? `written to ${out}` : `${out} unchanged`;
  const stale = s.stale > 0 ? `, ${s.stale} not re-read (previous body kept, marked stale)` : '';
  return `crawled ${s.pages} pages (${s.failed} failed${stale}, ${s.reused} reused, ${s.resumed} resumed), ${s.requests} requests, ${s.retries} retries, ${mb} MB downloaded in ${(s.durationMs / 1000).toFixed(1)} s; ${where}`;
}
