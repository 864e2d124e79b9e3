/**
 * The second half of `npm run build`: bundles the CLI's start-up into one file, `dist/cli/main.js` (the `bin`).
 * Node 20 spends about half a millisecond of CPU on each ES module it resolves, loads and links, and more on a
 * CommonJS package seen from ESM (commander, lilconfig: parsed for their exports, then required file by file);
 * the start-up was ~30 modules. Bundled: the entry, what it imports statically (our CLI modules, commander,
 * lilconfig, picocolors) and nothing else. Every dynamic import stays a dynamic import of the module tsc compiled
 * beside it (dist/…), so each command still loads only its stages, the stages run as tsc compiled them (what the
 * programmatic API runs, and what `generatorId` hashes in an installed copy), and any other package stays a
 * package (the e2e test that --help and a clean check load no stage library still sees every one).
 * Runs after tsc, which must have compiled every module a dynamic import names: the build fails otherwise.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT_DIR = path.join(ROOT, 'dist/cli');
/** Packages the start-up imports statically; they are small, and bundling spares their CommonJS loading. */
const START_UP = new Set(['commander', 'lilconfig', 'picocolors']);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The compiled module a dynamic import in a source file names, as the bundle must import it. */
function compiledTarget(resolveDir, specifier) {
  const compiled = path.join(ROOT, 'dist', path.relative(ROOT, path.resolve(resolveDir, specifier)));
  if (!existsSync(compiled)) throw new Error(`${specifier} (from ${resolveDir}): tsc compiled no ${compiled}`);
  const relative = path.relative(OUT_DIR, compiled).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const startUpOnly = {
  name: 'start-up-only',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point' || args.path.startsWith('node:')) return undefined;
      const relative = args.path.startsWith('.');
      if (args.kind === 'dynamic-import' && relative)
        return { path: compiledTarget(args.resolveDir, args.path), external: true };
      if (!relative && !START_UP.has(packageName(args.path))) return { path: args.path, external: true };
      return undefined;
    });
  },
};

await build({
  entryPoints: [path.join(ROOT, 'cli/main.ts')],
  outfile: path.join(OUT_DIR, 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // The CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  plugins: [startUpOnly],
});
