/**
 * `npm run snapshot:rebuild`: rebuild `site-snapshot/` (or, with `--theme stock`, the stock-markup
 * fixture) from the Markdown evidence. The only code of the project that reads the evidence folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';

import { buildSite } from './build.js';
import { readEvidence } from './evidence.js';
import { HELP_ROOT } from './page-model.js';
import { renderSite } from './render-site.js';
import { writeSnapshot } from './snapshot-writer.js';

const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));

const program = new Command()
  .name('snapshot:rebuild')
  .description('Reconstruct the Vitec help site as a snapshot folder from the Markdown evidence.')
  .option('--evidence <dir>', 'evidence folder (vitec-docs)', path.join(REPO_ROOT, '..', 'shared', 'vitec-docs'))
  .option(
    '--out <dir>',
    'snapshot folder to write (default: site-snapshot, or test/fixtures/stock-snapshot for --theme stock)',
  )
  .addOption(new Option('--theme <theme>', 'page markup').choices(['vitec', 'stock']).default('vitec'))
  .action(async (opts: { evidence: string; out?: string; theme: 'vitec' | 'stock' }) => {
    const out =
      opts.out ?? path.join(REPO_ROOT, opts.theme === 'stock' ? 'test/fixtures/stock-snapshot' : 'site-snapshot');
    const site = buildSite(await readEvidence(opts.evidence));
    for (const note of site.notes) console.error(`note: ${note}`);
    const pages = renderSite(site, opts.theme);
    const manifest = await writeSnapshot(out, HELP_ROOT, pages);
    const counts = new Map<string, number>();
    for (const p of site.pages)
      if (manifest.pages.some((m) => m.url === p.url)) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    console.log(
      `${path.relative(process.cwd(), out) || '.'}: ${manifest.pages.length} pages (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')})`,
    );
  });

program.parseAsync().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
