/**
 * Seeded, bounded mutations of the committed snapshot's pages for the fuzz tests: truncation, garbage,
 * bad encodings, deep nesting, huge tables and bad escapes. The same seed gives the same pages.
 */
import type { SnapshotPage } from '../snapshot/format.js';
import type { LoadedSnapshot } from '../snapshot/read.js';

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (body: string, rnd: () => number) => string;

const int = (rnd: () => number, n: number): number => Math.floor(rnd() * n);

const GARBAGE = [
  '<',
  '>',
  '</div>',
  '<table>',
  '<td>',
  '"',
  '&',
  '&#xD800;',
  '\u0000',
  '\uFFFD',
  '\uD800',
  '<!--',
  ']]>',
];

const mutations: Record<string, Mutation> = {
  truncate: (body, rnd) => body.slice(0, int(rnd, body.length)),
  garbage: (body, rnd) => {
    let out = body;
    for (let k = 0; k < 20; k += 1) {
      const at = int(rnd, out.length);
      const bytes = Array.from({ length: 1 + int(rnd, 8) }, () => String.fromCharCode(int(rnd, 0x3000)));
      const piece = rnd() < 0.5 ? bytes.join('') : GARBAGE[int(rnd, GARBAGE.length)]!;
      out = out.slice(0, at) + piece + out.slice(at);
    }
    return out;
  },
  // Invalid UTF-8 read as UTF-8 becomes U+FFFD; a lone surrogate is what a broken decoder leaves.
  badEncoding: (body, rnd) => {
    const bytes = Buffer.from(body, 'utf8');
    for (let k = 0; k < 30; k += 1) bytes[int(rnd, bytes.length)] = 0x80 + int(rnd, 0x80);
    const text = bytes.toString('utf8');
    const at = int(rnd, text.length);
    return `${text.slice(0, at)}\uDC00\uFFFD${text.slice(at)}`;
  },
  deepNesting: (body, rnd) => {
    const depth = 2000 + int(rnd, 1000);
    const i = body.indexOf('<table');
    const j = body.indexOf('</table>', i);
    if (i < 0 || j < 0) return '<div>'.repeat(depth) + body + '</div>'.repeat(depth);
    return body.slice(0, i) + '<div>'.repeat(depth) + body.slice(i, j + 8) + '</div>'.repeat(depth) + body.slice(j + 8);
  },
  hugeTable: (body, rnd) => {
    const rows = Array.from(
      { length: 2000 + int(rnd, 1000) },
      (_, r) => `<tr><td>Prop${r}</td><td>Beskrivning ${r}</td><td>string</td><td></td></tr>`,
    ).join('');
    const at = body.indexOf('</tbody>');
    return at < 0
      ? body.replace('</body>', `<table><tbody>${rows}</tbody></table></body>`)
      : body.slice(0, at) + rows + body.slice(at);
  },
  badEscapes: (body, rnd) =>
    body.replace(/href="([^"]*)"/g, (whole, href: string) =>
      rnd() < 0.5 ? `href="${href}${['%E5%E4%F6', '%', '%zz', '%C3', '?q=%u00e5'][int(rnd, 5)]!}"` : whole,
    ),
};

/** `count` mutated pages, each a mutation of a page of `snapshot` (several may derive from one page). */
export function mutatedPages(snapshot: LoadedSnapshot, count: number, seed = 0x5eed_0009): SnapshotPage[] {
  const rnd = mulberry32(seed);
  const sources = snapshot.pages.filter((p) => p.body !== null && p.body.length > 0);
  // Deep nesting and huge tables are costly to parse: 8 pages of each, the cheap mutations share the rest.
  const cheap = ['truncate', 'garbage', 'badEncoding', 'badEscapes'];
  return Array.from({ length: count }, (_, n) => {
    const source = sources[int(rnd, sources.length)]!;
    const name = n % 25 === 0 ? 'deepNesting' : n % 25 === 1 ? 'hugeTable' : cheap[n % cheap.length]!;
    return { ...source, body: mutations[name]!(source.body!, rnd) };
  });
}
