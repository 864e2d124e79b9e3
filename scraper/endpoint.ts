/** An endpoint page (`/Help/Api/{id}`): method, path, parameters, body, response, samples, inline models. */
import type { AnyNode, Element } from 'domhandler';

import { normalisePathTemplate, placeholders } from '../ir/path-template.js';
import type { Operation, Sample } from '../ir/schema.js';
import { linesOf, textOf, type Block } from './dom.js';
import { friendlyId, idKey } from './endpoint-id.js';
import { readEnumMembers } from './enum.js';
import type { OperationDraft, ParameterDraft, TypeFact } from './facts.js';
import { isFrameworkResult, untypedResponse } from './framework-types.js';
import { memberAsParameter, readMembers, type Member } from './members.js';
import type { PageContext } from './page-context.js';
import { placeholderBase, templateKeys } from './query-keys.js';
import { readSamples } from './samples.js';
import { sectionName, splitSections, type Section, type SectionLabel } from './sections.js';
import { readTable } from './tables.js';
import { isEmptyMarker, normalizeSpace } from './text.js';
import { displayText, phraseOf } from './type-phrase.js';
import { readTypedSection, type TypedSection } from './typed-section.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'] as const;

export interface EndpointFacts {
  operation: OperationDraft;
  types: TypeFact[];
}

function nodesOf(blocks: readonly Block[]): AnyNode[] {
  return blocks.flatMap((b) => (b.kind === 'content' ? b.nodes : []));
}

function sectionsWith(sections: readonly Section[], label: SectionLabel): Section[] {
  return sections.filter((s) => s.label === label);
}

/** Summary = first paragraph, description = the others. */
function readPreamble(ctx: PageContext, blocks: readonly Block[]): { summary: string; description: string } {
  const paragraphs = linesOf(nodesOf(blocks))
    .map((line) => (line.kind === 'text' ? displayText(phraseOf(ctx, line.nodes)) : normalizeSpace(textOf(line.el))))
    .filter((p) => p !== '' && !isEmptyMarker(p));
  return { summary: paragraphs[0] ?? '', description: paragraphs.slice(1).join('\n\n') };
}

function readUriParameters(ctx: PageContext, section: Section): Member[] {
  const { scope } = ctx;
  const where = sectionName(section.label);
  const lines = linesOf(nodesOf(section.blocks));
  const tables = lines.filter((l) => l.kind === 'table').map((l) => readTable(l.el));
  const members = tables
    .filter((t) => t.kind === 'properties')
    .flatMap((t, i, all) => readMembers(ctx, t, all.length > 1 ? `${where} > table ${i + 1}` : `${where} > table`));
  if (tables.every((t) => t.kind !== 'properties')) {
    const text = normalizeSpace(textOf(nodesOf(section.blocks)));
    if (text !== '' && !isEmptyMarker(text)) {
      scope.report('missing-table', where, { section: where, found: text });
    }
  }
  return members;
}

function readTypeSection(ctx: PageContext, sections: readonly Section[]): TypedSection | null {
  if (sections.length === 0) return null;
  return readTypedSection(
    ctx,
    sections.flatMap((s) => nodesOf(s.blocks)),
  );
}

/** Models defined by the tables of a body or response section. */
function inlineTypes(ctx: PageContext, typed: TypedSection, label: SectionLabel): TypeFact[] {
  const { url, scope } = ctx;
  const where = sectionName(label);
  const facts: TypeFact[] = [];
  typed.tables.forEach(({ model, table }, i) => {
    const tableWhere = `${where} > table ${i + 1}`;
    if (table.kind !== 'properties' && table.kind !== 'enum-values') {
      scope.report('unexpected-table', tableWhere, { headers: table.headers, section: where });
      return;
    }
    if (model === null) {
      scope.report('table-without-model', tableWhere);
      return;
    }
    const factWhere = `${where} > ${model.label || model.id} table`;
    const base = {
      id: model.id,
      name: model.label || model.id,
      description: '',
      url,
      fromModelPage: false,
      where: factWhere,
    };
    facts.push(
      table.kind === 'properties'
        ? { ...base, kind: 'complex', members: readMembers(ctx, table, factWhere) }
        : { ...base, kind: 'enum', members: readEnumMembers(ctx, table, factWhere) },
    );
  });
  return facts;
}

function buildParameters(path: string, members: readonly Member[], { scope }: PageContext): ParameterDraft[] {
  const [localPath = '', query = ''] = path.split('?', 2);
  const inPath = placeholders(localPath);
  const byName = new Map(members.map((m) => [m.name.toLowerCase(), m] as const));
  const pathParams: ParameterDraft[] = inPath.map((name) => {
    const m = byName.get(name.toLowerCase());
    if (!m) {
      scope.report('path-parameter-undocumented', 'URI Parameters', { name });
      return {
        name,
        in: 'path',
        type: { kind: 'simple', name: 'string' },
        required: true,
        constraints: {},
        description: '',
        notes: [],
        where: 'title',
      };
    }
    // A path segment cannot be left out, whatever the annotation says.
    return { ...paramOf(m), name, in: 'path', required: true };
  });
  const pathNames = new Set(inPath.map((n) => n.toLowerCase()));
  for (const name of placeholders(query).map(placeholderBase)) {
    const lower = name.toLowerCase();
    const segment = lower.slice(lower.lastIndexOf('.') + 1);
    // A prefixed key (`paging.pageIndex`) may be documented by its row (`PageIndex`) or its object's row.
    const documented = byName.has(lower) || byName.has(segment) || byName.has(lower.split('.')[0]!);
    if (!documented) {
      scope.report('query-parameter-undocumented', 'URI Parameters', { name });
    }
  }
  const queryParams = members
    .filter((m) => !pathNames.has(m.name.toLowerCase()))
    .map((m): ParameterDraft => ({ ...paramOf(m), in: 'query' }));
  return [...pathParams, ...queryParams];
}

function paramOf(m: Member): Omit<ParameterDraft, 'in'> {
  return {
    name: m.name,
    ...memberAsParameter(m),
    where: m.where,
  };
}

/** `elements`: every element under `root`, in document order. */
export function scrapeEndpoint(
  ctx: PageContext,
  root: Element,
  elements: readonly Element[],
  id: string,
): EndpointFacts | null {
  const { url, scope } = ctx;
  const page = splitSections(root, elements);
  const titleText = page.title ? normalizeSpace(textOf(page.title)) : '';
  const title = /^([A-Za-z]+)\s+\/?(\S.*)$/.exec(titleText);
  const method = title ? METHODS.find((m) => m === title[1]!.toUpperCase()) : undefined;
  if (!title || !method) {
    scope.report('missing-title', 'title', { title: titleText });
    return null;
  }
  const rawPath = title[2]!.replace(/\s+/g, '');
  if (idKey(friendlyId(method, rawPath)) !== idKey(id)) {
    scope.report('title-id-mismatch', 'title', { title: titleText, titleId: friendlyId(method, rawPath), urlId: id });
  }
  for (const el of page.unknownHeadings) {
    scope.report('unknown-heading', `heading "${normalizeSpace(textOf(el))}"`);
  }
  const { sections } = page;
  if (
    sectionsWith(sections, 'resource-description').length === 0 &&
    sectionsWith(sections, 'response-information').length === 0
  ) {
    scope.report('missing-section', 'Response Information');
  }

  const members = sectionsWith(sections, 'uri-parameters').flatMap((s) => readUriParameters(ctx, s));
  const types: TypeFact[] = [];

  const bodySection = readTypeSection(ctx, sectionsWith(sections, 'body-parameters'));
  let body: Operation['body'] = null;
  if (bodySection) {
    types.push(...inlineTypes(ctx, bodySection, 'body-parameters'));
    const [first, ...rest] = bodySection.types;
    if (first) body = { type: first, description: bodySection.description };
    if (rest.length > 0) {
      scope.report('several-body-types', 'Body Parameters', { count: bodySection.types.length });
    }
    if (!first && (bodySection.description !== '' || bodySection.tables.length > 0)) {
      scope.report('missing-body-type', 'Body Parameters');
    }
  }

  const responseSection = readTypeSection(ctx, sectionsWith(sections, 'resource-description'));
  const response: Operation['response'] = { type: null, alternatives: [], description: '' };
  if (responseSection) {
    const framework = responseSection.types.find((t) => t.kind === 'ref' && isFrameworkResult(t.id));
    if (framework?.kind === 'ref') {
      // The members listed are the framework type's (Version, Content, StatusCode, …), not the payload.
      const pageText = normalizeSpace(
        textOf(nodesOf(page.preamble)) +
          ' ' +
          textOf(
            nodesOf(
              [
                ...sectionsWith(sections, 'resource-description'),
                ...sectionsWith(sections, 'response-formats'),
              ].flatMap((s) => s.blocks),
            ),
          ),
      );
      response.type = untypedResponse(framework.id, pageText);
      response.description = responseSection.description;
      scope.report('framework-response', 'Resource Description', {
        framework: framework.id,
        binary: response.type.kind === 'binary',
      });
    } else {
      types.push(...inlineTypes(ctx, responseSection, 'resource-description'));
      response.description = responseSection.description;
      // Several models: a polymorphic result. `type` is the first so that "has a body" stays `type !== null`.
      response.type = responseSection.types[0] ?? null;
      if (responseSection.types.length > 1) response.alternatives = responseSection.types;
    }
  }

  const samples = (label: SectionLabel): Sample[] =>
    sectionsWith(sections, label).flatMap((s) => readSamples(ctx, nodesOf(s.blocks), sectionName(label)));

  const operation: OperationDraft = {
    id,
    method,
    // A query template (`api/Values?id={id}`) documents query keys, which are parameters, not path.
    path: normalisePathTemplate(rawPath.split('?')[0]!),
    ...readPreamble(ctx, page.preamble),
    sourceUrl: url,
    parameters: buildParameters(rawPath, members, ctx),
    templateKeys: templateKeys(rawPath.split('?', 2)[1] ?? ''),
    body,
    response,
    requestSamples: samples('request-formats'),
    responseSamples: samples('response-formats'),
  };
  return { operation, types };
}
