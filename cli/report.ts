/** What the CLI prints about a run: a diagnostics summary and coloured diffs. */
import pc from 'picocolors';

import type { ApiIR } from '../ir/schema.js';

/** One line of counts, then (with `list`) one line per error and warning. */
export function summarizeDiagnostics(ir: ApiIR, { list }: { list: boolean }): string {
  const count = (s: string) => ir.diagnostics.filter((d) => d.severity === s).length;
  const lines = [
    `${ir.pages.length} pages, ${ir.operations.length} operations, ${ir.types.length} types; ` +
      `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`,
  ];
  if (list) {
    for (const d of ir.diagnostics) {
      if (d.severity === 'info') continue;
      const label = d.severity === 'error' ? pc.red('error') : pc.yellow('warning');
      lines.push(`${label} ${d.code}: ${d.url} (${d.pageKind}, ${d.where}): ${d.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The exit code a run's diagnostics call for, once its output is written: 1 when any error was
 * reported (with `strict`, any warning too), else 0. No diagnostic stops the output itself.
 */
export function diagnosticsExitCode(ir: ApiIR, strict: boolean): 0 | 1 {
  const failing = ir.diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return failing ? 1 : 0;
}

/** Colour a unified diff for a terminal. */
export function colorizeDiff(diff: string): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return pc.bold(line);
      if (line.startsWith('+')) return pc.green(line);
      if (line.startsWith('-')) return pc.red(line);
      if (line.startsWith('@@')) return pc.cyan(line);
      return line;
    })
    .join('\n');
}
