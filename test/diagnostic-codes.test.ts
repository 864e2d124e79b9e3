/** The diagnostics catalogue: well-formed codes, every one used, the README's table generated from it. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { DIAGNOSTICS, diagnosticText } from '../scraper/diagnostic-codes.js';
import { DiagnosticSink, PageScope } from '../scraper/diagnostics.js';
import { diagnosticsTable, withDiagnosticsTable } from '../tools/diagnostics-docs/table.js';

const root = (p: string): string => fileURLToPath(new URL(`../${p}`, import.meta.url));
const codes = Object.keys(DIAGNOSTICS);

/** The scraper's own sources, without the catalogue itself. */
const scraperSources = readdirSync(root('scraper'))
  .filter((f) => f.endsWith('.ts') && f !== 'diagnostic-codes.ts')
  .map((f) => ({ file: f, text: readFileSync(root(`scraper/${f}`), 'utf8') }));

describe('the diagnostics catalogue', () => {
  it('has kebab-case codes, unique even ignoring case, each with a one-line doc', () => {
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(new Set(codes.map((c) => c.toLowerCase())).size).toBe(codes.length);
    for (const spec of Object.values(DIAGNOSTICS)) expect(spec.doc).toMatch(/^[A-Z"`][^\n]*\.$/);
  });

  it('declares every code the scraper reports, and the scraper reports every declared code', () => {
    // A code is a literal at its report, or (the sample conflicts) at the call naming it for `pick`.
    const used = new Set(
      scraperSources.flatMap(({ text }) =>
        [...text.matchAll(/(?:report\(\s*|pick\(\s*[^,]+,\s*)'([^']+)'/g)].map((m) => m[1]!),
      ),
    );
    expect([...used].filter((c) => !codes.includes(c))).toEqual([]);
    expect(codes.filter((c) => !used.has(c))).toEqual([]);
  });

  it('is the only way the scraper makes a diagnostic', () => {
    // A diagnostic written as an object literal would bypass the catalogue's severity and texts.
    const literal = scraperSources.filter(({ file, text }) => file !== 'diagnostics.ts' && /severity:/.test(text));
    expect(literal.map((s) => s.file)).toEqual([]);
  });

  it('gives a report its severity, message and expectation from the code and parameters', () => {
    const sink = new DiagnosticSink();
    const scope = new PageScope(sink, 'https://h/Help/Api/GET-A', 'endpoint');
    scope.report('missing-table', 'URI Parameters', { section: 'URI Parameters', found: 'x'.repeat(100) });
    scope.report('missing-section', 'Response Information');
    // Sorted by place: Response Information before URI Parameters.
    expect(sink.sorted()).toEqual([
      {
        severity: 'warning',
        code: 'missing-section',
        url: 'https://h/Help/Api/GET-A',
        pageKind: 'endpoint',
        where: 'Response Information',
        message: DIAGNOSTICS['missing-section'].message,
        expected: DIAGNOSTICS['missing-section'].expected,
      },
      {
        severity: 'warning',
        code: 'missing-table',
        url: 'https://h/Help/Api/GET-A',
        pageKind: 'endpoint',
        where: 'URI Parameters',
        message: `no parameter table under "URI Parameters" (found: "${'x'.repeat(80)}")`,
        expected: 'a table with columns Namn | Beskrivning | Typ | Information, or "None."',
      },
    ]);
    expect(diagnosticText('missing-enum-table').severity).toBe('error');
    expect(diagnosticText('missing-model-title', { name: 'X' }).severity).toBe('warning');
  });
});

describe("the README's table of diagnostic codes", () => {
  it('is what the catalogue gives (npm run docs:diagnostics rewrites it)', () => {
    const readme = readFileSync(root('README.md'), 'utf8');
    expect(withDiagnosticsTable(readme)).toBe(readme);
  });

  it('lists every code once with its severity and doc line', () => {
    const table = diagnosticsTable();
    for (const [code, spec] of Object.entries(DIAGNOSTICS)) {
      const rows = table.split('\n').filter((row) => row.startsWith(`| \`${code}\` |`));
      expect(rows).toEqual([`| \`${code}\` | ${spec.severity} | ${spec.doc.replaceAll('|', '\\|')} |`]);
    }
    expect(table.split('\n')).toHaveLength(codes.length + 2);
  });

  it('is refused for a README without the markers, not appended somewhere', () => {
    expect(() => withDiagnosticsTable('# README\n')).toThrow(/markers/);
  });
});
