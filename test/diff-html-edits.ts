/**
 * Editing a copy of a snapshot the way the help site itself would change: a page and its listing
 * gone, a property table row changed or added, an enum row added, fresh sample dates and GUIDs on
 * every page. Edits go through cheerio so they follow the markup, and the manifest stays consistent.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

import { serializeManifest, sha256, type Manifest } from '../snapshot/format.js';
import { MANIFEST_FILE } from '../snapshot/layout.js';
import { readManifest } from '../snapshot/read.js';
import { regenerateDatesAndGuids } from './diff-fixture.js';

export class SnapshotEditor {
  private constructor(
    readonly dir: string,
    private manifest: Manifest,
  ) {}

  /** Copies the snapshot folder `from` to `dir` and opens the copy. */
  static async copy(from: string, dir: string): Promise<SnapshotEditor> {
    await cp(from, dir, { recursive: true });
    return new SnapshotEditor(dir, await readManifest(dir));
  }

  get helpRoot(): string {
    return this.manifest.helpRoot;
  }

  private htmlPages() {
    return this.manifest.pages.filter((p) => p.file !== null && (p.contentType ?? '').includes('html'));
  }

  /** Rewrites the body of every page `edit` changes; returns how many it changed. */
  async editPages(edit: (html: string, url: string) => string): Promise<number> {
    let edited = 0;
    for (const entry of this.htmlPages()) {
      const file = path.join(this.dir, entry.file!);
      const html = await readFile(file, 'utf8');
      const next = edit(html, entry.url);
      if (next === html) continue;
      await writeFile(file, next);
      entry.sha256 = sha256(next);
      edited += 1;
    }
    await this.saveManifest();
    return edited;
  }

  /** Like `editPages`, on the parsed page; `edit` returns whether it changed anything. */
  async editDom(edit: ($: CheerioAPI, url: string) => boolean): Promise<number> {
    return this.editPages((html, url) => {
      const $ = cheerio.load(html);
      return edit($, url) ? $.html() : html;
    });
  }

  async removePage(url: string): Promise<void> {
    const entry = this.manifest.pages.find((p) => p.url === url);
    if (!entry) throw new Error(`${this.dir}: no page ${url} in the manifest`);
    if (entry.file) await rm(path.join(this.dir, entry.file));
    this.manifest.pages = this.manifest.pages.filter((p) => p !== entry);
    await this.saveManifest();
  }

  private async saveManifest(): Promise<void> {
    await writeFile(path.join(this.dir, MANIFEST_FILE), serializeManifest(this.manifest));
  }
}

function expectSome(count: number, what: string): void {
  if (count === 0) throw new Error(`snapshot edit: ${what} not found on any page`);
}

/** The endpoint page goes, and so do the rows that link to it on group pages. */
export async function removeOperation(editor: SnapshotEditor, operationId: string): Promise<void> {
  await editor.removePage(`${editor.helpRoot}/Api/${operationId}`);
  const rows = await editor.editDom(($) => {
    const links = $('a').filter((_, a) => ($(a).attr('href') ?? '').endsWith(`/Api/${operationId}`));
    links.closest('tr').remove();
    return links.length > 0;
  });
  expectSome(rows, `a link to ${operationId}`);
}

/** Property tables of a type: the one on its model page and those inlined after a link to it. */
function typeTables($: CheerioAPI, url: string, typeId: string): Cheerio<Element> {
  if (url.endsWith(`modelName=${typeId}`)) return $('.paper-content table.help-page-table').first();
  return $('a')
    .filter((_, a) => ($(a).attr('href') ?? '').endsWith(`modelName=${typeId}`))
    .next('table.help-page-table');
}

function rowNamed($: CheerioAPI, table: Cheerio<Element>, name: string): Cheerio<Element> {
  return table.find('tbody tr').filter((_, tr) => $(tr).find('td.parameter-name').text().trim() === name);
}

/** Puts `typeHtml` (e.g. `string`, `Collection of <a …>X</a>`) in the type cell of a property, wherever the type is documented. */
export async function setPropertyType(
  editor: SnapshotEditor,
  typeId: string,
  clrName: string,
  typeHtml: string,
): Promise<void> {
  const edited = await editor.editDom(($, url) => {
    const rows = rowNamed($, typeTables($, url, typeId), clrName);
    rows.find('td.parameter-type').html(typeHtml);
    return rows.length > 0;
  });
  expectSome(edited, `property ${typeId}.${clrName}`);
}

export interface NewProperty {
  name: string;
  description: string;
  typeHtml: string;
  /** Annotation paragraphs, e.g. `['Krävs']`. */
  annotations: string[];
}

/** Appends a property row (a copy of the last one, refilled) to every table documenting the type. */
export async function addProperty(editor: SnapshotEditor, typeId: string, property: NewProperty): Promise<void> {
  const edited = await editor.editDom(($, url) => {
    const tables = typeTables($, url, typeId);
    tables.each((_, table) => {
      const last = $(table).find('tbody tr').last();
      const row = last.clone();
      row.find('td.parameter-name').text(property.name);
      row.find('td.parameter-documentation').empty().append($('<p>').text(property.description));
      row.find('td.parameter-type').html(property.typeHtml);
      row.find('td.parameter-annotations').html(property.annotations.map((a) => $('<p>').text(a).toString()).join(''));
      last.after(row);
    });
    return tables.length > 0;
  });
  expectSome(edited, `a property table of ${typeId}`);
}

/** Appends a member row to the enum's `Name | Value | Description` table. */
export async function addEnumMember(
  editor: SnapshotEditor,
  typeId: string,
  name: string,
  value: number,
): Promise<void> {
  const edited = await editor.editDom(($, url) => {
    if (!url.endsWith(`modelName=${typeId}`)) return false;
    const last = $('.paper-content table.help-page-table tbody tr').last();
    if (last.find('td.enum-name').length === 0) return false;
    const row = last.clone();
    row.find('td.enum-name').empty().append($('<b>').text(name));
    row
      .find('td.enum-value')
      .empty()
      .append($('<p>').text(String(value)));
    row.find('td.enum-description').empty().append($('<p>'));
    last.after(row);
    return true;
  });
  expectSome(edited, `the enum table of ${typeId}`);
}

/** What reloading every page does: samples (and code examples) come with other dates and GUIDs. */
export async function regenerateSamples(editor: SnapshotEditor): Promise<number> {
  let seed = 0;
  return editor.editPages((html) => regenerateDatesAndGuids(html, (seed += 1)));
}
