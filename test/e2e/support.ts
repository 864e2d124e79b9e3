/** What the end-to-end tests share: compiling an emitted SDK with tsc, and crawling a fixture site from 127.0.0.1. */
import path from 'node:path';
import ts from 'typescript';

import { crawl } from '../../crawler/index.js';
import { serveSnapshot } from '../../crawler/serve-snapshot.js';
import type { ApiIR } from '../../ir/schema.js';
import { scrapeSnapshot } from '../../scraper/index.js';
import { readSnapshot } from '../../snapshot/read.js';

/** The program a `tsconfig.json` describes, for type-checking only. */
export function compile(tsconfig: string): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (config === undefined) throw new Error(`cannot read ${tsconfig}`);
  return ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
}

/** tsc's findings as `file:line message`, paths relative to `base`. */
export function report(diagnostics: readonly ts.Diagnostic[], base: string): string[] {
  return diagnostics.map((d) => {
    const where = d.file
      ? `${path.relative(base, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/** Serve the snapshot folder `fixture` on 127.0.0.1, crawl it into `into`, and scrape what was crawled. */
export async function crawlFixture(fixture: string, into: string): Promise<ApiIR> {
  const site = await serveSnapshot(fixture);
  try {
    await crawl({ root: site.root, originAlias: site.originAlias, out: into, progress: 'none', timeoutMs: 10_000 });
  } finally {
    await site.close();
  }
  return scrapeSnapshot(await readSnapshot(into));
}
