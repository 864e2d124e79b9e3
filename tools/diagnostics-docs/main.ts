/** `npm run docs:diagnostics`: rewrite the README's table of diagnostic codes from the catalogue. */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { withDiagnosticsTable } from './table.js';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

const before = await readFile(README, 'utf8');
const after = withDiagnosticsTable(before);
if (after !== before) await writeFile(README, after);
console.error(
  after === before ? 'README.md: diagnostic codes already current' : 'README.md: diagnostic codes rewritten',
);
