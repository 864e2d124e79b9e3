// The physical floor of `generate`, as a whole process: read a snapshot's pages and parse each once into cheerio,
// as the scraper does (the compiled build's `loadHtml`).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { loadHtml } from '../dist/scraper/dom.js';

const dir = process.argv[2];
const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
let nodes = 0;
for (const page of manifest.pages) {
  if (!page.file) continue;
  nodes += loadHtml(await readFile(path.join(dir, page.file), 'utf8'))
    .root()
    .children().length;
}
process.stdout.write(`${nodes}\n`);
