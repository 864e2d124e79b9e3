/**
 * The SDK README's tables laid out as prettier lays out Markdown tables (every cell padded to its column's
 * width, the delimiter row dashes as wide), so the README is written formatted without running prettier;
 * test/emitter-printer.test.ts holds it to `prettier.format(readme) === readme`.
 */
import { textWidth } from './doc.js';

/** A table row's cells: split at the pipes that are not escaped (`\|` stays inside its cell). */
function cells(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

function alignTable(rows: readonly string[]): string[] {
  const table = rows.map(cells);
  const columns = Math.max(...table.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(3, ...table.filter((_, r) => r !== 1).map((r) => textWidth(r[i] ?? ''))),
  );
  return table.map((row, r) => {
    const padded = widths.map((w, i) =>
      r === 1 ? '-'.repeat(w) : (row[i] ?? '') + ' '.repeat(w - textWidth(row[i] ?? '')),
    );
    return `| ${padded.join(' | ')} |`;
  });
}

/**
 * `markdown` as prettier would leave the README: each table (outside code fences) aligned, runs of blank
 * lines (what a template's empty sections leave) one blank line, one line end at the end.
 */
export function tidyMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    const next = lines[i + 1];
    if (fenced || !line.startsWith('|') || next === undefined || !/^\|[\s|:-]+\|$/.test(next)) {
      out.push(line);
      continue;
    }
    let end = i;
    while (lines[end + 1]?.startsWith('|')) end++;
    out.push(...alignTable(lines.slice(i, end + 1)));
    i = end;
  }
  return `${out.join('\n').trimEnd()}\n`;
}
