/**
 * Prettier with fixed options given in code: `format` never looks for a config file, so the output
 * is the same on every machine whatever `.prettierrc` happens to be around.
 */
import { format, type Options } from 'prettier';

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
    return await format(text, { ...COMMON, parser });
  } catch (err) {
    throw new Error(`emitter: generated ${path} does not parse as ${parser}: ${(err as Error).message}`, {
      cause: err,
    });
  }
}
