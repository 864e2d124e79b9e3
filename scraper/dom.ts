/**
 * Loading a page and cutting it into the pieces the readers work on: the content root without
 * chrome, headings and the blocks between them (in document order, whatever their depth), and
 * "lines" (a table, a `pre`, or a run of text) inside a block.
 */
import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio/slim';
import { hasChildren, isTag, isText, type AnyNode, type Element } from 'domhandler';
import { removeElement } from 'domutils';
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';

/** Chrome, scripts, the try-it form and the code examples: never documentation. */
const NOISE_TAGS = new Set(['script', 'style', 'noscript', 'template']);
const NOISE_CLASSES = new Set([
  'navigation-area',
  'page-header',
  'modal',
  'form-holder',
  'list-holder',
  'form-elements',
]);
const NOISE_IDS = new Set([
  'curl-command',
  'powershell',
  'csharp',
  'php',
  // The WebApiTestClient package's "Test API" button and dialogs.
  'testClientButton',
  'testClientDialog',
  'testClientResponseDialog',
]);

/** Any of NOISE_CLASSES in a class attribute, in one search: splitting every element's classes cost more. */
const NOISE_CLASS = new RegExp(
  `(?:^|\\s)(?:${[...NOISE_CLASSES].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=\\s|$)`,
);

function isNoise(el: Element): boolean {
  if (NOISE_TAGS.has(el.name)) return true;
  const id = el.attribs['id'];
  if (id !== undefined && NOISE_IDS.has(id)) return true;
  const cls = el.attribs['class'];
  return cls !== undefined && NOISE_CLASS.test(cls);
}

/**
 * Whether `el`'s class attribute lists `name`, as the selector `.name` matches it (whitespace-separated, case
 * matters). Searched in place: splitting the attribute for every element of a page was a visible share of the scrape.
 */
export function hasClass(el: Element, name: string): boolean {
  const cls = el.attribs['class'];
  if (cls === undefined) return false;
  for (let at = cls.indexOf(name); at >= 0; at = cls.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || /\s/.test(cls[at - 1]!)) && (end === cls.length || /\s/.test(cls[end]!))) return true;
  }
  return false;
}

/**
 * The text of nodes as `$(nodes).text()` gives it (every text node's data, CDATA's too, in document order;
 * comments say nothing), without a cheerio wrapper for each call. `undefined` (a missing cell) has no text.
 */
export function textOf(nodes: AnyNode | readonly AnyNode[] | undefined): string {
  if (nodes === undefined) return '';
  if (!isNodeList(nodes)) {
    // The common cases, a text node or an element holding one, need no walk.
    if (isText(nodes)) return nodes.data;
    if (hasChildren(nodes) && nodes.children.length === 1 && isText(nodes.children[0]!)) return nodes.children[0].data;
  }
  let text = '';
  // An explicit stack, last child pushed first: the page decides the depth.
  const stack: AnyNode[] = isNodeList(nodes) ? [...nodes].reverse() : [nodes];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isText(node)) text += node.data;
    else if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return text;
}

function isNodeList(nodes: AnyNode | readonly AnyNode[]): nodes is readonly AnyNode[] {
  return Array.isArray(nodes);
}

/** Whether nodes hold any text but whitespace, as `textOf(nodes).trim() !== ''`, stopping at the first. */
export function hasText(nodes: readonly AnyNode[]): boolean {
  const stack: AnyNode[] = [...nodes];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isText(node)) {
      if (/\S/.test(node.data)) return true;
    } else if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return false;
}

export interface LoadedPage {
  $: CheerioAPI;
  root: Element;
  /** Every element under `root` (not `root` itself) in document order, as `descendantElements(root)` lists them. */
  elements: Element[];
}

/**
 * A whole HTML document as cheerio, parsed by parse5 (the HTML standard's algorithm: it copes with truncated and
 * misnested markup as browsers do). cheerio's main entry would parse the same way but also loads undici and the
 * encoding sniffer for its URL and stream loaders, which cost more to load than the scraper spends on a page.
 */
export function loadHtml(html: string): CheerioAPI {
  return load(parse(html, { treeAdapter: adapter, scriptingEnabled: true }));
}

/** Parse HTML and pick the content root: `.paper-content`, else `body`. */
export function loadPage(html: string): LoadedPage {
  const $ = loadHtml(html);
  // One walk (an explicit stack: the page decides the depth) drops the noise, lists the elements left in document
  // order and finds the candidates for the root, as a selector query for each would, at a fraction of the cost.
  let content: Element | undefined;
  let body: Element | undefined;
  let htmlEl: Element | undefined;
  const all: Element[] = [];
  const stack: AnyNode[] = [...$.root().get(0)!.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node)) continue;
    if (isNoise(node)) {
      removeElement(node);
      continue;
    }
    all.push(node);
    if (node.name === 'html') htmlEl ??= node;
    else if (node.name === 'body') body ??= node;
    if (content === undefined && hasClass(node, 'paper-content')) content = node;
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  // Parsed as a document, any input has an `html` element; only a frameset page has no body.
  const root = content ?? body ?? htmlEl!;
  return { $, root, elements: subtree(all, root) };
}

/**
 * The elements under `root`, from `all` (a document's elements in document order, `root` among them): they follow
 * `root` in one run, so the run's end is found by bisection rather than by walking the subtree again.
 */
function subtree(all: readonly Element[], root: Element): Element[] {
  const start = all.indexOf(root) + 1;
  let lo = start;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isInside(all[mid]!, root)) lo = mid + 1;
    else hi = mid;
  }
  return all.slice(start, lo);
}

function isInside(node: AnyNode, ancestor: Element): boolean {
  for (let at = node.parent; at !== null; at = at.parent) if (at === ancestor) return true;
  return false;
}

/** Every element under `el` (not `el` itself) in document order, as `$(el).find('*')` gives them. */
export function descendantElements(el: Element): Element[] {
  const found: Element[] = [];
  // An explicit stack: the page decides the depth.
  const stack: AnyNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node)) continue;
    found.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return found;
}

export function isElement(node: AnyNode): node is Element {
  return isTag(node);
}

/** Whether `el` is, or sits inside, a tab strip (`.nav-tabs`, `[role="tablist"]`). Climbs, with no selector to compile. */
export function inTabStrip(el: Element): boolean {
  for (
    let node: Element | null = el;
    node !== null;
    node = node.parent !== null && isTag(node.parent) ? node.parent : null
  ) {
    if (node.attribs['role'] === 'tablist' || hasClass(node, 'nav-tabs')) return true;
  }
  return false;
}

const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

export function isInline(node: AnyNode): boolean {
  return isText(node) || (isElement(node) && INLINE_TAGS.has(node.name));
}

/** A heading found by `flatten`, or a piece of content between headings. */
export type Block = { kind: 'heading'; el: Element } | { kind: 'content'; nodes: AnyNode[] };

/**
 * The content under `root` as a flat list: headings (as chosen by `isHeading`) and, between them,
 * the largest subtrees holding no heading. Consecutive inline nodes form one block, so that
 * `Collection of <a>X</a>` stays together.
 */
export function flatten(root: Element, isHeading: (el: Element) => boolean, all: readonly Element[]): Block[] {
  const headings = all.filter((el) => isHeading(el));
  const holdsHeading = new Set<AnyNode>();
  for (const h of headings) {
    for (let p = h.parent; p && p !== root; p = p.parent) holdsHeading.add(p);
  }
  const headingSet = new Set<AnyNode>(headings);
  const blocks: Block[] = [];
  let run: AnyNode[] = [];
  const flush = (): void => {
    if (run.some((n) => !isText(n) || /\S/.test(n.data))) blocks.push({ kind: 'content', nodes: run });
    run = [];
  };
  // An explicit stack of (element, next child) frames: the page decides how deep headings are nested.
  const stack: { children: readonly AnyNode[]; next: number }[] = [{ children: root.children, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.children[frame.next];
    if (child === undefined) {
      flush();
      stack.pop();
      continue;
    }
    frame.next += 1;
    if (headingSet.has(child)) {
      flush();
      blocks.push({ kind: 'heading', el: child as Element });
    } else if (holdsHeading.has(child)) {
      flush();
      stack.push({ children: (child as Element).children, next: 0 });
    } else if (isText(child) || (isElement(child) && isInline(child))) {
      run.push(child);
    } else if (isElement(child)) {
      flush();
      blocks.push({ kind: 'content', nodes: [child] });
    }
  }
  return blocks;
}

/** A unit of content: a table, a preformatted text, or a run of text (one paragraph). */
export type Line = { kind: 'table'; el: Element } | { kind: 'pre'; el: Element } | { kind: 'text'; nodes: AnyNode[] };

/**
 * Whether an element is split into lines rather than read as one: it holds block-level structure, or a
 * `<br>` (raw-HTML documentation without `<p>` wrappers breaks its paragraphs that way).
 */
function hasLineStructure(el: Element): boolean {
  return el.children.some((c) => isElement(c) && (!isInline(c) || c.name === 'br'));
}

/** Split nodes into lines, descending into containers (`div`, lists, …) down to paragraphs, tables and `pre`s. */
export function linesOf(nodes: readonly AnyNode[]): Line[] {
  const lines: Line[] = [];
  let run: AnyNode[] = [];
  const flush = (): void => {
    if (run.length > 0 && hasText(run)) lines.push({ kind: 'text', nodes: run });
    run = [];
  };
  // An explicit stack of (list, next node) frames: the page decides how deep containers are nested.
  // An inline frame is an inline element split at its <br>s: its edges do not end the paragraph
  // (`a <b>b<br>c</b> d` reads "a b" and "c d", as a reader sees it).
  const stack: { list: readonly AnyNode[]; next: number; inline: boolean }[] = [
    { list: nodes, next: 0, inline: false },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.list[frame.next];
    if (node === undefined) {
      // The end of a container's children: what the recursive walk flushed after returning.
      if (!frame.inline) flush();
      stack.pop();
      continue;
    }
    frame.next += 1;
    if (isText(node) || (isElement(node) && isInline(node) && !hasLineStructure(node))) {
      if (isElement(node) && node.name === 'br') flush();
      else run.push(node);
      continue;
    }
    if (!isElement(node)) continue;
    if (isInline(node)) {
      stack.push({ list: node.children, next: 0, inline: true });
      continue;
    }
    flush();
    if (node.name === 'table') lines.push({ kind: 'table', el: node });
    else if (node.name === 'pre') lines.push({ kind: 'pre', el: node });
    else if (hasLineStructure(node)) {
      stack.push({ list: node.children, next: 0, inline: false });
      continue;
    } else run.push(node);
    flush();
  }
  return lines;
}
