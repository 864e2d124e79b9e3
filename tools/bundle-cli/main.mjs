/**
 * The second half of `npm run build`: bundles the CLI into `dist/cli/` (the `bin` is `dist/cli/main.js`).
 * Node 20 spends about half a millisecond of CPU on each ES module it resolves, loads and links, and more on a
 * CommonJS package seen from ESM (commander, handlebars: parsed for their exports, then required file by file);
 * `generate` went through ~250 of them. Two bundles:
 * - the start-up, `main.js` (ES module): the entry with what it imports statically (our CLI modules, commander,
 *   lilconfig, picocolors and check's fast way), and chunks (`dist/cli/chunks/`) for its few dynamic imports;
 * - the stages, `stages.cjs` (CommonJS, the bundle of `cli/stages.ts`): scraper, emitter, OpenAPI export, crawler,
 *   diff, mock and their libraries, loaded when a command first asks for a stage, through the V8 code cache that a
 *   training run writes at the end of the build (`cli/code-cache.ts`; `stages.cjs.cache`).
 * So `--help`, `--version` and a settled `check` load the start-up alone. The programmatic API (`dist/api/`) stays
 * the modules tsc compiled. `dist/bundle-meta.json` (esbuild's metafiles, not packed) says which sources each file
 * holds: the e2e tests read it to check what a command loads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

// tsc's output (`npm run build` runs tsc before this script): the emitter's options, the cache's header rule.
import { hasCurrentCache } from '../../dist/cli/code-cache.js';
import { COMPILE_OPTIONS } from '../../dist/emitter/handlebars.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT_DIR = path.join(ROOT, 'dist/cli');
const CHUNKS = 'chunks';
const STAGES = path.join(ROOT, 'cli/stages.ts');
const STAGES_CJS = path.join(OUT_DIR, 'stages.cjs');
const OUT_MAIN = path.join(OUT_DIR, 'main.js');

const common = {
  // The metafile names sources relative to this folder, wherever the build is run from: the e2e test matches them.
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
};

// Chunk names carry content hashes: those of an earlier build would be left behind. (An earlier build's code
// cache may stay: its header names the source it was made from, so it is used only while that source is current.)
rmSync(path.join(OUT_DIR, CHUNKS), { recursive: true, force: true });

// The start-up: the entry and what it imports statically, with the stage loader swapped for the bundled one.
const entry = await build({
  ...common,
  entryPoints: [path.join(ROOT, 'cli/main.ts')],
  outdir: OUT_DIR,
  chunkNames: `${CHUNKS}/[name]-[hash]`,
  splitting: true,
  format: 'esm',
  // The CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  plugins: [
    {
      name: 'bundled-stages',
      setup(b) {
        b.onResolve({ filter: /^\.\/stages\.js$/ }, (args) =>
          path.join(args.resolveDir, 'stages.ts') === STAGES
            ? { path: path.join(ROOT, 'cli/stages-bundled.ts') }
            : undefined,
        );
      },
    },
  ],
});

/**
 * `emitter/sdk-template.ts` with the SDK's templates (`templates/sdk/*.hbs`) precompiled, run by the Handlebars
 * runtime: `generate` then neither loads nor runs the compiler (3% of a whole generate, measured). The options
 * and helpers are `emitter/handlebars.ts`'s, as for the templates compiled at run time.
 */
function precompiledTemplates() {
  const sdkTemplate = path.join(ROOT, 'emitter/sdk-template.ts');
  return {
    name: 'precompiled-templates',
    setup(b) {
      b.onResolve({ filter: /^\.\/sdk-template\.js$/ }, (args) =>
        path.join(args.resolveDir, 'sdk-template.ts') === sdkTemplate
          ? { path: sdkTemplate, namespace: 'precompiled-templates' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'precompiled-templates' }, () => {
        const dir = path.join(ROOT, 'templates/sdk');
        const names = readdirSync(dir)
          .filter((n) => n.endsWith('.hbs'))
          .sort();
        const specs = names.map(
          (n) =>
            `${JSON.stringify(n.slice(0, -'.hbs'.length))}: ${Handlebars.precompile(readFileSync(path.join(dir, n), 'utf8'), COMPILE_OPTIONS)}`,
        );
        return {
          resolveDir: path.join(ROOT, 'emitter'),
          watchFiles: names.map((n) => path.join(dir, n)),
          contents: `import path from 'node:path';
import Handlebars from 'handlebars/runtime';
import { withHelpers } from './handlebars.ts';

const hb = withHelpers(Handlebars);
const specs = { ${specs.join(',\n')} };
const compiled = new Map();

export function sdkTemplate(file) {
  const name = path.basename(file, '.hbs');
  if (!Object.hasOwn(specs, name))
    throw new Error(\`\${file}: the bin was built with the templates \${Object.keys(specs).join(', ')} only\`);
  if (!compiled.has(name)) compiled.set(name, hb.template(specs[name]));
  return compiled.get(name);
}
`,
          loader: 'js',
        };
      });
    },
  };
}

// The stages: one CommonJS bundle, so that V8 can compile it from a code cache (cli/code-cache.ts). Each stage's
// modules run when a command first asks for that stage, as with the dynamic imports of the sources.
const stages = await build({
  ...common,
  entryPoints: [STAGES],
  outfile: STAGES_CJS,
  format: 'cjs',
  // Stages find their package folder (templates, package.json) from their own file. The banner starts with the
  // "use strict" directive: esbuild's own comes after it, where it is no directive, and the stages (ES modules,
  // strict) would run sloppy.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: `"use strict";\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;` },
  plugins: [precompiledTemplates()],
});

const meta = {
  inputs: { ...entry.metafile.inputs, ...stages.metafile.inputs },
  outputs: { ...entry.metafile.outputs, ...stages.metafile.outputs },
};
writeFileSync(path.join(ROOT, 'dist/bundle-meta.json'), `${JSON.stringify(meta, null, 1)}\n`);

// The training run: a whole generate of the committed snapshot, after which the loader writes the code cache of
// every function it compiled (V8 compiles functions when first called, so a cache made before running would hold
// little but the top level). An installed copy without the snapshot simply has no cache.
const snapshot = path.join(ROOT, 'site-snapshot');
if (hasCurrentCache(STAGES_CJS)) {
  // The stages bundle came out as the last build left it: its cache still holds.
} else if (existsSync(path.join(snapshot, 'manifest.json'))) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'vitec-codegen-train-'));
  try {
    // An empty config of its own: the search from the temporary folder up would take any config found there.
    const config = path.join(tmp, 'config.json');
    writeFileSync(config, '{}\n');
    const run = spawnSync(
      process.execPath,
      [OUT_MAIN, 'generate', '--config', config, '--snapshot', snapshot, '--out', path.join(tmp, 'sdk')],
      { cwd: tmp, env: { ...process.env, VITEC_CODEGEN_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' },
    );
    if (run.status !== 0)
      throw new Error(`bundle-cli: the training generate failed (exit ${run.status}):\n${run.stderr}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  console.warn(`bundle-cli: no ${snapshot}/manifest.json to train on; the stages bundle has no code cache`);
}
