// The physical floor of `generate`, as a whole process: read a snapshot's pages and parse each once with cheerio.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';

const dir = process.argv[2];
const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
let nodes = 0;
for (const page of manifest.pages) {
  if (!page.file) continue;
  nodes += cheerio
    .load(await readFile(path.join(dir, page.file), 'utf8'))
    .root()
    .children().length;
}
process.stdout.write(`${nodes}\n`);
