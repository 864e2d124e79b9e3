/**
 * The staging folder a crawl fills next to its output (`.out.partial/`): each finished page's body
 * plus one journal line, so that an interrupted crawl can resume, and at the end the manifest and
 * one swap into place (or nothing at all when the result equals what is there).
 */
import { writeFile as writeFileCallback } from 'node:fs';
import {
  copyFile,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  rm,
  rmdir,
  stat,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { swapInDir } from '../io/atomic-dir.js';
import { ManifestEntry, serializeManifest, sha256, SNAPSHOT_VERSION } from '../snapshot/format.js';
import { isConfinedFile, MANIFEST_FILE } from '../snapshot/layout.js';
import { readManifest } from '../snapshot/read.js';

/** Lives only in the staging folder; removed before the folder becomes the snapshot. */
const JOURNAL_FILE = '.crawl-journal.jsonl';

/** First journal line: a staging folder is resumed only by a crawl of the same site. */
interface JournalHeader {
  crawlJournal: 1;
  helpRoot: string;
}

export interface StagedPage {
  entry: ManifestEntry;
  body: Buffer | null;
}

export function stagingDirFor(out: string): string {
  const abs = path.resolve(out);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.partial`);
}

export async function pathExists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

export class Staging {
  /** The last journal write scheduled; each starts when the one before it has ended. */
  private writes: Promise<void> = Promise.resolve();
  /** Lines waiting for the write after the running one, which takes them all at once. */
  private pending: string[] = [];
  private nextWrite: Promise<void> | null = null;
  /** Folders made for bodies so far: one `mkdir` per folder, not per page. */
  private readonly folders = new Map<string, Promise<unknown>>();

  private constructor(
    readonly dir: string,
    private readonly journal: FileHandle,
  ) {}

  /**
   * Open the staging folder for `out`. A folder left by an interrupted crawl of the same help root
   * (as recorded, whatever it was fetched from) is resumed: its journaled pages whose bodies are intact are returned; anything else there is
   * discarded and the folder starts empty.
   */
  static async open(out: string, helpRoot: string): Promise<{ staging: Staging; resumed: StagedPage[] }> {
    const dir = stagingDirFor(out);
    const header: JournalHeader = { crawlJournal: 1, helpRoot };
    const resumed = await readJournal(dir, header);
    if (resumed === null) {
      await refuseForeign(dir);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
    }
    const journal = await open(path.join(dir, JOURNAL_FILE), 'a');
    const staging = new Staging(dir, journal);
    // Rewriting the journal compacts it to the pages kept, so dropped lines never come back.
    await journal.truncate(0);
    await staging.append(header);
    for (const page of resumed ?? []) await staging.append(page.entry);
    return { staging, resumed: resumed ?? [] };
  }

  /** Persist a finished page: its body first, then the journal line that vouches for it. */
  async record(entry: ManifestEntry, body: Buffer | null): Promise<void> {
    if (entry.file !== null && body !== null) {
      const file = path.join(this.dir, entry.file);
      const folder = path.dirname(file);
      let made = this.folders.get(folder);
      if (made === undefined) {
        made = mkdir(folder, { recursive: true });
        this.folders.set(folder, made);
      }
      await made;
      await writeBody(file, body);
    }
    await this.append(entry);
  }

  /**
   * One write at a time, so that lines never interleave; the lines that arrive while one runs go
   * out together in the next (a write per page was a good part of the crawler's own cost).
   */
  private append(line: object): Promise<void> {
    this.pending.push(`${JSON.stringify(line)}\n`);
    if (this.nextWrite === null) {
      this.nextWrite = this.writes.then(() => {
        const text = this.pending.join('');
        this.pending = [];
        this.nextWrite = null;
        return this.journal.appendFile(text, 'utf8');
      });
      this.writes = this.nextWrite;
    }
    return this.nextWrite;
  }

  /** Leave the folder as it is for a later resume. */
  async suspend(): Promise<void> {
    await this.writes.catch(() => undefined);
    await this.journal.close();
  }

  /** Remove the folder: the crawl failed its verdict, and nothing of it is to be kept or resumed. */
  async discard(): Promise<void> {
    await this.writes.catch(() => undefined);
    await this.journal.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  /**
   * Turn the folder into the snapshot and put it in place of `out`. Returns false, leaving `out`
   * untouched, when the result equals `out` byte for byte.
   */
  async finish(helpRoot: string, entries: ManifestEntry[], out: string): Promise<boolean> {
    await this.writes;
    await this.journal.close();
    const text = serializeManifest({ snapshotVersion: SNAPSHOT_VERSION, helpRoot, pages: entries });
    await writeFile(path.join(this.dir, MANIFEST_FILE), text);
    await rm(path.join(this.dir, JOURNAL_FILE));
    const keep = new Set([MANIFEST_FILE, ...entries.flatMap((e) => (e.file === null ? [] : [e.file]))]);
    await prune(this.dir, keep);
    await carryOverForeignFiles(out, this.dir, keep);
    if ((await pathExists(out)) && (await sameTree(this.dir, out))) {
      await rm(this.dir, { recursive: true, force: true });
      return false;
    }
    await swapInDir(this.dir, out);
    return true;
  }
}

/**
 * `fs.writeFile` with a callback: the same open, write and close as the promise API's, with less
 * machinery per call (measured: about half the CPU per body, which counts when pages come from a
 * fast server).
 */
const writeBody = promisify(writeFileCallback);

/**
 * The staging name is fixed (so that a rerun resumes), so a folder of that name that a crawl did not
 * make (no journal) is someone's: never delete it.
 */
async function refuseForeign(dir: string): Promise<void> {
  const info = await lstat(dir).catch(() => null);
  if (info === null) return;
  const ours =
    info.isDirectory() && ((await readdir(dir)).length === 0 || (await pathExists(path.join(dir, JOURNAL_FILE))));
  if (!ours) {
    throw new Error(
      `${dir}: exists and is not a crawl's staging folder (no ${JOURNAL_FILE}); move it away, the crawl stages there`,
    );
  }
}

/**
 * Files in `out` that its manifest does not list are not the crawl's (a README, notes): they are
 * copied into the new snapshot so that replacing the folder does not lose them.
 */
async function carryOverForeignFiles(out: string, staged: string, written: Set<string>): Promise<void> {
  if (!(await pathExists(path.join(out, MANIFEST_FILE)))) return;
  const manifest = await readManifest(out);
  const listed = new Set([MANIFEST_FILE, ...manifest.pages.flatMap((e) => (e.file === null ? [] : [e.file]))]);
  for (const file of await listFiles(out)) {
    if (listed.has(file)) continue;
    if (written.has(file)) {
      throw new Error(
        `${path.join(out, file)}: not in the snapshot's manifest, and the new snapshot writes a page there`,
      );
    }
    const target = path.join(staged, file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(out, file), target);
  }
}

/** The pages a previous run finished, or null when there is nothing (usable) to resume. */
async function readJournal(dir: string, header: JournalHeader): Promise<StagedPage[] | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, JOURNAL_FILE), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n').filter((l) => l.length > 0);
  const first = parseLine(lines[0]);
  if (JSON.stringify(first) !== JSON.stringify(header)) return null;
  const byUrl = new Map<string, ManifestEntry>();
  // The last line may be cut off by the interruption; unreadable lines are skipped.
  for (const line of lines.slice(1)) {
    const parsed = ManifestEntry.safeParse(parseLine(line));
    // A line naming a file outside the folder was not written by a crawl: skip it.
    if (parsed.success && (parsed.data.file === null || isConfinedFile(parsed.data.file)))
      byUrl.set(parsed.data.url, parsed.data);
  }
  const pages: StagedPage[] = [];
  for (const entry of byUrl.values()) {
    if (entry.file === null) {
      pages.push({ entry, body: null });
      continue;
    }
    const body = await readFile(path.join(dir, entry.file)).catch(() => null);
    if (body !== null && sha256(body) === entry.sha256) pages.push({ entry, body });
  }
  return pages;
}

function parseLine(line: string | undefined): unknown {
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** Relative paths (with `/`) of all files under `dir`, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Remove files not in `keep` (bodies of pages dropped or refetched) and folders left empty. */
async function prune(dir: string, keep: Set<string>): Promise<void> {
  for (const file of await listFiles(dir)) {
    if (!keep.has(file)) await rm(path.join(dir, file));
  }
  const dirs = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => b.length - a.length);
  for (const d of dirs) {
    if ((await readdir(d)).length === 0) await rmdir(d);
  }
}

async function sameTree(a: string, b: string): Promise<boolean> {
  const [filesA, filesB] = await Promise.all([listFiles(a), listFiles(b)]);
  if (filesA.length !== filesB.length || filesA.some((f, i) => f !== filesB[i])) return false;
  for (const file of filesA) {
    const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!x.equals(y)) return false;
  }
  return true;
}
