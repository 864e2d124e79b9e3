/**
 * The annotation column (`Information` / `Additional information`): validation rules become
 * `required` and `constraints`; every other text is kept verbatim as a note.
 */
import type { Constraints } from '../ir/schema.js';
import { isEmptyMarker, normalizeSpace } from './text.js';

export interface Annotations {
  required: boolean;
  constraints: Constraints;
  notes: string[];
  /** The X of `Default value is X`, as shown; typed later by the member's type. */
  defaultText?: string;
}

interface Rule {
  re: RegExp;
  /**
   * Swedish rules name the field first (`Förnamn måste vara mellan 1 och 40 tecken`): the words
   * before the match, back to the previous rule or sentence end, are that name and are dropped.
   */
  labelled: boolean;
  apply(match: RegExpExecArray, into: Annotations): void;
}

const NUMBER = String.raw`-?\d+(?:[.,]\d+)?`;
const num = (s: string): number => Number(s.replace(',', '.'));

const RULES: readonly Rule[] = [
  {
    // Stock `Required` and the localised templates' `Erforderlich`, `Обязательное поле`, `Обязательный`.
    re: /(?<![\p{L}\p{N}])(?:Required|Erforderlich|Обязательное поле|Обязательный|Обязательно)(?![\p{L}\p{N}])\.?/gu,
    labelled: false,
    apply: (_, a) => void (a.required = true),
  },
  {
    // `Krävs`, `Förnamn krävs`; not `… så krävs det …` (then it is prose, kept as a note).
    re: /(?<![\p{L}\p{N}])[Kk]rävs(?![\p{L}\p{N}])\.?(?=\s*$|\s+\p{Lu}|\s*[;,])/gu,
    labelled: true,
    apply: (_, a) => void (a.required = true),
  },
  {
    re: /måste vara mellan (\d+) och (\d+) tecken\.?/giu,
    labelled: true,
    apply: (m, a) => {
      a.constraints.minLength = Number(m[1]);
      a.constraints.maxLength = Number(m[2]);
    },
  },
  {
    re: /(?:får|kan) (?:vara )?(?:högst|max|maximalt) (\d+) tecken(?: långt?)?\.?/giu,
    labelled: true,
    apply: (m, a) => void (a.constraints.maxLength = Number(m[1])),
  },
  {
    re: /måste vara minst (\d+) tecken(?: långt?)?\.?/giu,
    labelled: true,
    apply: (m, a) => void (a.constraints.minLength = Number(m[1])),
  },
  {
    re: /String length: inclusive between (\d+) and (\d+)\.?/giu,
    labelled: false,
    apply: (m, a) => {
      a.constraints.minLength = Number(m[1]);
      a.constraints.maxLength = Number(m[2]);
    },
  },
  {
    re: /Min length: (\d+)\.?/giu,
    labelled: false,
    apply: (m, a) => void (a.constraints.minLength = Number(m[1])),
  },
  {
    re: /Max length: (\d+)\.?/giu,
    labelled: false,
    apply: (m, a) => void (a.constraints.maxLength = Number(m[1])),
  },
  {
    re: new RegExp(String.raw`Range: inclusive between (${NUMBER}) and (${NUMBER})\.?`, 'giu'),
    labelled: false,
    apply: (m, a) => {
      a.constraints.minimum = num(m[1]!);
      a.constraints.maximum = num(m[2]!);
    },
  },
  {
    // Stock `Default value is X` (DefaultValueAttribute) and its translations; X runs to the end of its paragraph.
    re: /(?:Default value is|Standardvärdet? är|Der Standardwert ist|Standardwert ist|Значение по умолчанию(?: равно)?:?)\s+(.+?)\.?$/gu,
    labelled: false,
    apply: (m, a) => void (a.defaultText = m[1]!.trim()),
  },
  {
    // The pattern runs to the end of its paragraph: it may hold spaces and any punctuation.
    re: /Matching regular expression pattern: (.+)$/gu,
    labelled: false,
    apply: (m, a) => void (a.constraints.pattern = m[1]!.trim()),
  },
];

/** The longest field name a Swedish rule may start with; longer text before it is prose. */
const MAX_LABEL_WORDS = 6;

interface Hit {
  rule: Rule;
  match: RegExpExecArray;
  start: number;
  end: number;
}

/**
 * Matches wherever some rule does (case-blind, so a superset of the one case-sensitive rule): one search tells most
 * annotation texts (`Required`, notes) from the eleven that each rule's own search costs.
 */
const ANY_RULE = new RegExp(RULES.map((r) => `(?:${r.re.source})`).join('|'), 'iu');

function hitsIn(text: string): Hit[] {
  if (!ANY_RULE.test(text)) return [];
  const hits: Hit[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.re)) {
      hits.push({ rule, match: match, start: match.index, end: match.index + match[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) if (kept.length === 0 || hit.start >= kept[kept.length - 1]!.end) kept.push(hit);
  return kept;
}

function addNote(into: Annotations, text: string): void {
  const note = text
    .trim()
    .replace(/^[,;:]\s*/, '')
    .trim();
  if (note !== '' && !isEmptyMarker(note)) into.notes.push(note);
}

/** Read an annotation cell given as its paragraphs (each stock annotation is its own `<p>`). */
export function parseAnnotations(paragraphs: readonly string[]): Annotations {
  const result: Annotations = { required: false, constraints: {}, notes: [] };
  for (const raw of paragraphs) {
    const text = normalizeSpace(raw);
    if (text === '' || isEmptyMarker(text)) continue;
    let at = 0;
    for (const hit of hitsIn(text)) {
      const gap = text.slice(at, hit.start);
      if (hit.rule.labelled) {
        const sentenceEnd = Math.max(...['.', ';', '!', '?'].map((p) => gap.lastIndexOf(p)));
        const label = gap.slice(sentenceEnd + 1);
        if (label.trim().split(/\s+/).length <= MAX_LABEL_WORDS) addNote(result, gap.slice(0, sentenceEnd + 1));
        else addNote(result, gap);
      } else {
        addNote(result, gap);
      }
      hit.rule.apply(hit.match, result);
      at = hit.end;
    }
    addNote(result, text.slice(at));
  }
  return result;
}
