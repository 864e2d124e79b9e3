/**
 * The second half of `npm run build`: bundles the CLI into `dist/cli/` (the `bin` is `dist/cli/main.js`).
 * Node 20 spends about half a millisecond of CPU on each ES module it resolves, loads and links, and more on a
 * CommonJS package seen from ESM (commander, handlebars: parsed for their exports, then required file by file);
 * `generate` went through ~250 of them. Bundled: the entry with what it imports statically (our CLI modules,
 * commander, lilconfig, picocolors and check's fast way), and each dynamic import a chunk of its own
 * (`dist/cli/chunks/`) holding that stage and its libraries, with what several share in shared chunks. So each
 * command still loads only what it uses, in a few files. The programmatic API (`dist/api/`) stays the modules tsc
 * compiled; `generatorId` hashes the bundle's files too in an installed copy. `dist/bundle-meta.json` (esbuild's
 * metafile, not packed) says which sources each file holds: the e2e tests read it to check what a command loads.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT_DIR = path.join(ROOT, 'dist/cli');
const CHUNKS = 'chunks';

// Chunk names carry content hashes: those of an earlier build would be left behind.
rmSync(path.join(OUT_DIR, CHUNKS), { recursive: true, force: true });
const result = await build({
  entryPoints: [path.join(ROOT, 'cli/main.ts')],
  // The metafile names sources relative to this folder, wherever the build is run from: the e2e test matches them.
  absWorkingDir: ROOT,
  outdir: OUT_DIR,
  chunkNames: `${CHUNKS}/[name]-[hash]`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  // The CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});
writeFileSync(path.join(ROOT, 'dist/bundle-meta.json'), `${JSON.stringify(result.metafile, null, 1)}\n`);
