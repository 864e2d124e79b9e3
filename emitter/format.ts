/**
 * Prettier with fixed options given in code: `format` never looks for a config file, so the output
 * is the same on every machine whatever `.prettierrc` happens to be around.
 */
import { createHash } from 'node:crypto';
import type { Options } from 'prettier';

import { compareCodeUnits } from '../ir/order.js';

const COMMON: Options = {
  printWidth: 110,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
  proseWrap: 'preserve',
};

const PARSERS: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown' };

/** Format one file by its extension; `path` names it in the error if the text does not parse. */
export async function formatFile(path: string, text: string): Promise<string> {
  const ext = path.slice(path.lastIndexOf('.'));
  const parser = PARSERS[ext];
  if (parser === undefined) return text;
  try {
    // Loaded on first use: a run whose every file comes from the cache never loads prettier.
    const { format } = await import('prettier');
    // `filepath` tells the typescript parser the file is `.ts`, not `.tsx`: without it prettier guesses by a
    // regular expression over the whole text that is quadratic in the length of a file without quotes
    // (44 of 71 s in `generate` for a model of 26,000 members), and may parse as TSX first.
    return await format(text, { ...COMMON, parser, filepath: path });
  } catch (err) {
    throw new Error(`emitter: generated ${path} does not parse as ${parser}: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

/**
 * Formatting done by an earlier run, to be reused: prettier is most of `generate`'s cost, and a file whose
 * unformatted text is unchanged formats to the same text again.
 */
export interface FormatCache {
  /** sha256 of an unformatted text -> its formatted text, from an earlier run with the same generator. */
  readonly earlier: ReadonlyMap<string, string>;
  /** Filled in by `formatAll`: file name -> sha256 of its unformatted text, for the next run's cache. */
  readonly rawHashes: Map<string, string>;
}

/** Format every file (sorted by name), taking from `cache` what an earlier run already formatted. */
export async function formatAll(raw: ReadonlyMap<string, string>, cache?: FormatCache): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of [...raw.keys()].sort(compareCodeUnits)) {
    const text = raw.get(name)!;
    const hash = createHash('sha256').update(text).digest('hex');
    cache?.rawHashes.set(name, hash);
    files.set(name, cache?.earlier.get(hash) ?? (await formatFile(name, text)));
  }
  return files;
}
