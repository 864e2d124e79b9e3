/**
 * JSDoc from the help pages' (Swedish) texts. Doc text only ever lands inside JSDoc comments, so
 * star-slash (which would end the comment) and slash-star (which would misplace the tags that follow
 * for a JSDoc reader, as in `image/` + star) each get a backslash between their two characters; a word
 * starting with `@` gets a backslash before it, so it cannot become a tag.
 * Both are Markdown escapes, so editor hovers show the original text. Backticks and `${` are harmless inside a comment and are
 * kept as they are (names and samples never reach a template literal: code uses JSON string literals).
 */
import type { Constraints, Parameter, Property } from '../ir/schema.js';
import type { JsDoc, JsDocTag } from './printer.js';

/** Make free text safe inside a JSDoc comment: LF line ends, no comment terminator, no stray tags. */
export function escapeDoc(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\*\//g, '*\\/')
      // After the pass above: `*/*` became `*\/*`, whose `/*` this one catches.
      .replace(/\/\*/g, '/\\*')
      .replace(/(^|\s)@(?=\S)/g, '$1\\@')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim()
  );
}

/** Constraints as tags, in a fixed order. */
export function constraintTags(c: Constraints): JsDocTag[] {
  const tags: JsDocTag[] = [];
  if (c.minLength !== undefined) tags.push({ tagName: 'minLength', text: String(c.minLength) });
  if (c.maxLength !== undefined) tags.push({ tagName: 'maxLength', text: String(c.maxLength) });
  if (c.minimum !== undefined) tags.push({ tagName: 'minimum', text: String(c.minimum) });
  if (c.maximum !== undefined) tags.push({ tagName: 'maximum', text: String(c.maximum) });
  if (c.pattern !== undefined) tags.push({ tagName: 'pattern', text: escapeDoc(c.pattern) });
  return tags;
}

/** Constraint tags, then `@default` (as a TypeScript literal) and `@deprecated` for an obsolete member. */
export function memberTags(member: Pick<Property | Parameter, 'constraints' | 'default' | 'deprecated'>): JsDocTag[] {
  const tags = constraintTags(member.constraints);
  if (member.default !== undefined) tags.push({ tagName: 'default', text: escapeDoc(JSON.stringify(member.default)) });
  if (member.deprecated) tags.push({ tagName: 'deprecated', text: 'The help page marks it obsolete.' });
  return tags;
}

/**
 * One JSDoc block: non-empty paragraphs separated by blank lines, then the tags. Returns no block
 * when there is nothing to say, so undocumented members carry no empty comment.
 */
export function docBlock(paragraphs: readonly string[], tags: readonly JsDocTag[] = []): JsDoc[] {
  const text = paragraphs
    .map(escapeDoc)
    .filter((p) => p.length > 0)
    .join('\n\n');
  if (text === '' && tags.length === 0) return [];
  // A trailing newline puts a blank line between the text and the tags.
  const description = text === '' ? undefined : tags.length > 0 ? `${text}\n` : text;
  return [{ description, tags: [...tags] }];
}

/** Description, then the annotation notes the scraper kept verbatim. */
export function memberParagraphs(member: Pick<Property | Parameter, 'description' | 'notes'>): string[] {
  return [member.description, member.notes.join('\n')];
}

/** Paragraphs run together for a tag's text. */
export function inlineText(paragraphs: readonly string[]): string {
  return paragraphs
    .map(escapeDoc)
    .filter((p) => p.length > 0)
    .join(' ');
}

/** Text for an `@param` tag: the same content as a member doc, run together. */
export function paramText(name: string, paragraphs: readonly string[]): string {
  const text = inlineText(paragraphs);
  return text === '' ? name : `${name} - ${text}`;
}

/** A JSDoc comment as raw source, for places the code model does not reach (object literal members). */
export function commentText(paragraphs: readonly string[]): string {
  const lines = paragraphs
    .map(escapeDoc)
    .filter((p) => p.length > 0)
    .join('\n\n')
    .split('\n');
  if (lines.length === 1 && lines[0] === '') return '';
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return ['/**', ...lines.map((l) => (l === '' ? ' *' : ` * ${l}`)), ' */'].join('\n');
}
