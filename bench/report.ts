/** Printing the figures: one table per benchmark (median, min, max, throughput), then its ratios and targets. */
import type { Measurement } from './harness.js';

export interface Row {
  measurement: Measurement;
  /** Throughput or another derived figure, already formatted (e.g. `640 pages/s`). */
  rate: string;
}

export interface Section {
  title: string;
  rows: Row[];
  /** Ratios, targets and other one-line findings, printed under the table. */
  notes: string[];
}

export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

export function times(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** `count` items in the median time of `m`, per second. */
export function perSecond(count: number, unit: string, m: Measurement): string {
  const rate = (count * 1000) / m.median;
  return `${rate >= 100 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)} ${unit}/s`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatSection(section: Section): string {
  const header = ['case', 'median', 'min', 'max', 'throughput'];
  const cells = section.rows.map((r) => [
    r.measurement.label,
    ms(r.measurement.median),
    ms(r.measurement.min),
    ms(r.measurement.max),
    r.rate,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  // A section of figures that are not timings (bundle sizes) has no rows, only its notes.
  const table = cells.length === 0 ? [] : [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  return [`== ${section.title}`, ...table, ...section.notes.map((n) => `  ${n}`)].join('\n');
}
