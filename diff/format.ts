/** Writing a list of changes as a pull-request comment (Markdown) or for machines (JSON). */
import { describeLocation, LEVELS, type Change, type ChangeLocation, type Level } from './change.js';

export interface MarkdownMeta {
  /** Heading of the comment; default `API changes`. */
  title?: string;
  /** Labels of the two versions compared, e.g. the snapshot folders. */
  before?: string;
  after?: string;
  /** Pages of the new side that were not re-read (an outage): listed, never counted as removals. */
  notReRead?: readonly NotReRead[];
}

/** A page the crawl could not re-read, kept with its previous body (a stale manifest entry). */
export interface NotReRead {
  url: string;
  error: string;
  since: string;
}

const HEADINGS: Record<Level, string> = { breaking: 'Breaking', 'non-breaking': 'Non-breaking', info: 'Info' };

const EXPLAINED: Record<Level, string> = {
  breaking: 'Clients written against the old version may fail.',
  'non-breaking': 'Existing clients keep working.',
  info: 'Not a compatibility break, but worth a look.',
};

export function countByLevel(changes: readonly Change[]): Record<Level, number> {
  const counts: Record<Level, number> = { breaking: 0, 'non-breaking': 0, info: 0 };
  for (const c of changes) counts[c.level] += 1;
  return counts;
}

/** A summary line, then one table per level, breaking first; `No API changes.` when there are none. */
export function formatMarkdown(changes: readonly Change[], meta: MarkdownMeta = {}): string {
  const lines = [`## ${meta.title ?? 'API changes'}`, ''];
  if (meta.before !== undefined && meta.after !== undefined)
    lines.push(`Compared ${code(meta.before)} with ${code(meta.after)}.`, '');
  if (changes.length === 0) return `${[...lines, 'No API changes.', ...notReReadLines(meta.notReRead)].join('\n')}\n`;
  const counts = countByLevel(changes);
  const total = `${changes.length} change${changes.length === 1 ? '' : 's'}`;
  lines.push(
    `**${counts.breaking} breaking**, ${counts['non-breaking']} non-breaking, ${counts.info} info (${total}).`,
  );
  for (const level of LEVELS) {
    const rows = changes.filter((c) => c.level === level);
    if (rows.length === 0) continue;
    lines.push(
      '',
      `### ${HEADINGS[level]} (${rows.length})`,
      '',
      `_${EXPLAINED[level]}_`,
      '',
      '| Change | Where | Details |',
      '| --- | --- | --- |',
    );
    for (const c of rows)
      lines.push(`| ${code(c.id)} | ${cell(code(describeLocation(c.location)))} | ${cell(plain(c.message))} |`);
  }
  return `${[...lines, ...notReReadLines(meta.notReRead)].join('\n')}\n`;
}

function notReReadLines(pages: readonly NotReRead[] | undefined): string[] {
  if (!pages || pages.length === 0) return [];
  return [
    '',
    `### Not re-read (${pages.length})`,
    '',
    '_These pages failed on this crawl; their previous content was kept, so they are not reported as removed._',
    '',
    '| Page | Error | Failing since |',
    '| --- | --- | --- |',
    ...pages.map((p) => `| ${cell(code(p.url))} | ${cell(plain(p.error))} | ${cell(p.since)} |`),
  ];
}

/** Table cells hold one line, and a `|` would end the cell (GitHub reads `\|` as a pipe, in code spans too). */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Outside code spans, `<` could open an HTML tag and `&` an entity. */
function plain(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A code span that survives a backtick inside. */
function code(text: string): string {
  const body = text.replace(/\r?\n/g, ' ');
  const fence = body.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ` ${body} ` : body}${fence}`;
}

/** `{ summary, changes }`, two-space JSON, keys in a fixed order. */
export function formatJson(changes: readonly Change[], notReRead: readonly NotReRead[] = []): string {
  const counts = countByLevel(changes);
  const summary = {
    total: changes.length,
    breaking: counts.breaking,
    nonBreaking: counts['non-breaking'],
    info: counts.info,
  };
  if (notReRead.length === 0) return `${JSON.stringify({ summary, changes: changes.map(ordered) }, null, 2)}\n`;
  // Only when there are such pages, so that the usual output keeps its shape.
  const pages = notReRead.map((p) => ({ url: p.url, error: p.error, since: p.since }));
  const withPages = {
    summary: { ...summary, notReRead: pages.length },
    changes: changes.map(ordered),
    notReRead: pages,
  };
  return `${JSON.stringify(withPages, null, 2)}\n`;
}

const LOCATION_KEYS: readonly (keyof ChangeLocation)[] = [
  'operation',
  'parameter',
  'type',
  'property',
  'member',
  'constraint',
];

function ordered(c: Change): Change {
  const location: ChangeLocation = {};
  for (const k of LOCATION_KEYS) if (c.location[k] !== undefined) Object.assign(location, { [k]: c.location[k] });
  return {
    id: c.id,
    level: c.level,
    location,
    message: c.message,
    ...(c.before === undefined ? {} : { before: c.before }),
    ...(c.after === undefined ? {} : { after: c.after }),
  };
}
