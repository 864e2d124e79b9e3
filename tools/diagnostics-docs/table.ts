/** The README's table of diagnostic codes, rendered from the catalogue (`scraper/diagnostic-codes.ts`). */
import { compareCodeUnits } from '../../ir/order.js';
import { DIAGNOSTICS, type DiagnosticCode } from '../../scraper/diagnostic-codes.js';

const START =
  '<!-- diagnostic-codes:start (generated from scraper/diagnostic-codes.ts by npm run docs:diagnostics) -->';
const END = '<!-- diagnostic-codes:end -->';

const cell = (text: string): string => text.replaceAll('|', '\\|');

/** One row per code, in code order, so a reader can look up the code a scrape printed. */
export function diagnosticsTable(): string {
  const codes = (Object.keys(DIAGNOSTICS) as DiagnosticCode[]).sort(compareCodeUnits);
  const rows = codes.map((code) => {
    const { severity, doc } = DIAGNOSTICS[code];
    return `| \`${code}\` | ${severity} | ${cell(doc)} |`;
  });
  return ['| code | severity | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by the current table. */
export function withDiagnosticsTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${diagnosticsTable()}\n${readme.slice(end)}`;
}
