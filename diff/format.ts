/** Writing a list of changes as a pull-request comment (Markdown) or for machines (JSON). */
import { describeLocation, LEVELS, type Change, type ChangeLocation, type Level } from './change.js';

export interface MarkdownMeta {
  /** Heading of the comment; default `API changes`. */
  title?: string;
  /** Labels of the two versions compared, e.g. the snapshot folders. */
  before?: string;
  after?: string;
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
  if (changes.length === 0) return `${[...lines, 'No API changes.'].join('\n')}\n`;
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
  return `${lines.join('\n')}\n`;
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
export function formatJson(changes: readonly Change[]): string {
  const counts = countByLevel(changes);
  const summary = {
    total: changes.length,
    breaking: counts.breaking,
    nonBreaking: counts['non-breaking'],
    info: counts.info,
  };
  return `${JSON.stringify({ summary, changes: changes.map(ordered) }, null, 2)}\n`;
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
