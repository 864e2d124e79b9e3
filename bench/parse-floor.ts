/**
 * The physical floor of `generate`, as a whole process: read a snapshot's pages (the folder is the last argument)
 * and parse each once into cheerio, as the scraper does (`loadHtml`), and nothing else. The bench bundles it as
 * the bin bundles its stages and runs it through the same code cache (`floor-runner.mjs`), so that the floor is
 * loaded no slower than `generate` is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { loadHtml } from '../scraper/dom.js';
import type { Manifest } from '../snapshot/format.js';

const dir = process.argv.at(-1)!;
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
let nodes = 0;
for (const page of manifest.pages) {
  if (page.file !== null)
    nodes += loadHtml(readFileSync(path.join(dir, page.file), 'utf8'))
      .root()
      .children().length;
}
process.stdout.write(`${nodes}\n`);
