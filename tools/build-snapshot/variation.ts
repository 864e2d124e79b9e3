/**
 * The real site's markup is not uniform (spans vs real headings, `Body Parameters` at two levels,
 * empty cells written two ways, indentation). The reconstruction varies the same way, chosen by a
 * hash of the URL so that every rebuild gives the same bytes.
 */

export interface Variation {
  /** `span`: `<span class="headline">`/`<span class="title">`; `h`: `<h2>`/`<h3>`. */
  headings: 'span' | 'h';
  /** Level of the `Body Parameters` heading. */
  bodyLevel: 'headline' | 'title';
  /** How an empty documentation cell is written. */
  emptyDoc: '<p></p>' | '';
  /** Whitespace noise applied outside `<pre>`: none, tabs for indentation, or trailing spaces and blank lines. */
  whitespace: 'none' | 'tabs' | 'ragged';
}

/** The markup of the reference page, the plainest variant. */
export const PLAIN: Variation = { headings: 'span', bodyLevel: 'title', emptyDoc: '<p></p>', whitespace: 'none' };

/** 32-bit FNV-1a of the UTF-8 bytes. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function variationFor(url: string, plainUrls: ReadonlySet<string>): Variation {
  if (plainUrls.has(url)) return PLAIN;
  const h = fnv1a(url);
  return {
    headings: h % 4 === 0 ? 'h' : 'span',
    bodyLevel: (h >>> 2) % 2 === 0 ? 'headline' : 'title',
    emptyDoc: (h >>> 3) % 3 === 0 ? '' : '<p></p>',
    whitespace: (['none', 'none', 'tabs', 'ragged'] as const)[(h >>> 5) % 4]!,
  };
}

/** Apply the whitespace noise to every line outside `<pre>…</pre>`. */
export function applyWhitespace(html: string, mode: Variation['whitespace']): string {
  if (mode === 'none') return html;
  const lines = html.split('\n');
  let inPre = false;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const opens = line.includes('<pre');
    const closes = line.includes('</pre>');
    const untouchable = inPre || opens;
    if (opens && !closes) inPre = true;
    if (closes) inPre = false;
    if (untouchable) {
      out.push(line);
      return;
    }
    if (mode === 'tabs') {
      const indent = /^ */.exec(line)![0].length;
      out.push('\t'.repeat(Math.floor(indent / 4)) + ' '.repeat(indent % 4) + line.slice(indent));
    } else {
      out.push(i % 3 === 0 && line.trim() !== '' ? `${line}  ` : line);
      if (/^\s*<\/(table|ul|div)>$/.test(line) && i % 2 === 0) out.push('');
    }
  });
  return out.join('\n');
}
