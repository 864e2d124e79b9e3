/** An endpoint page (`/Help/Api/{id}`): method, path, parameters, body, response, samples, inline models. */
import type { AnyNode, Element } from 'domhandler';

import { normalisePathTemplate, placeholders } from '../ir/path-template.js';
import type { Operation, Sample } from '../ir/schema.js';
import { linesOf, type Block } from './dom.js';
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
  const { $ } = ctx;
  const paragraphs = linesOf($, nodesOf(blocks))
    .map((line) => (line.kind === 'text' ? displayText(phraseOf(ctx, line.nodes)) : normalizeSpace($(line.el).text())))
    .filter((p) => p !== '' && !isEmptyMarker(p));
  return { summary: paragraphs[0] ?? '', description: paragraphs.slice(1).join('\n\n') };
}

function readUriParameters(ctx: PageContext, section: Section): Member[] {
  const { $, scope } = ctx;
  const where = sectionName(section.label);
  const lines = linesOf($, nodesOf(section.blocks));
  const tables = lines.filter((l) => l.kind === 'table').map((l) => readTable($, l.el));
  const members = tables
    .filter((t) => t.kind === 'properties')
    .flatMap((t, i, all) => readMembers(ctx, t, all.length > 1 ? `${where} > table ${i + 1}` : `${where} > table`));
  if (tables.every((t) => t.kind !== 'properties')) {
    const text = normalizeSpace($(nodesOf(section.blocks)).text());
    if (text !== '' && !isEmptyMarker(text)) {
      scope.report(
        'warning',
        'missing-table',
        where,
        `no parameter table under "${where}" (found: "${text.slice(0, 80)}")`,
        'a table with columns Namn | Beskrivning | Typ | Information, or "None."',
      );
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
      scope.report(
        'warning',
        'unexpected-table',
        tableWhere,
        `a table with header "${table.headers.join(' | ')}" under "${where}"`,
        'Namn | Beskrivning | Typ | Information, or Name | Value | Description',
      );
      return;
    }
    if (model === null) {
      scope.report(
        'warning',
        'table-without-model',
        tableWhere,
        'a model table with no model link before it: its properties cannot be attached to a type',
        'a model link (/Help/ResourceModel?modelName=…) before the table',
      );
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
      scope.report(
        'warning',
        'path-parameter-undocumented',
        'URI Parameters',
        `the path placeholder {${name}} has no row in the URI parameter table`,
        `a row named "${name}"`,
      );
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
      scope.report(
        'warning',
        'query-parameter-undocumented',
        'URI Parameters',
        `the query placeholder {${name}} has no row in the URI parameter table`,
        `a row named "${name}"`,
      );
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

export function scrapeEndpoint(ctx: PageContext, root: Element, id: string): EndpointFacts | null {
  const { $, url, scope } = ctx;
  const page = splitSections($, root);
  const titleText = page.title ? normalizeSpace($(page.title).text()) : '';
  const title = /^([A-Za-z]+)\s+\/?(\S.*)$/.exec(titleText);
  const method = title ? METHODS.find((m) => m === title[1]!.toUpperCase()) : undefined;
  if (!title || !method) {
    scope.report(
      'error',
      'missing-title',
      'title',
      titleText ? `title "${titleText}" is not "METHOD path"` : 'the page has no title',
      'a title such as "POST User/Notify/{customerId}" (display1 or h1)',
    );
    return null;
  }
  const rawPath = title[2]!.replace(/\s+/g, '');
  if (idKey(friendlyId(method, rawPath)) !== idKey(id)) {
    scope.report(
      'warning',
      'title-id-mismatch',
      'title',
      `title "${titleText}" gives the id ${friendlyId(method, rawPath)}, the URL says ${id}`,
      `a title whose id is ${id}`,
    );
  }
  for (const el of page.unknownHeadings) {
    scope.report(
      'info',
      'unknown-heading',
      `heading "${normalizeSpace($(el).text())}"`,
      'a heading the scraper does not know; its content is read as part of the section before it',
      'one of: URI Parameters, Body Parameters, Request Formats, Resource Description, Response Formats',
    );
  }
  const { sections } = page;
  if (
    sectionsWith(sections, 'resource-description').length === 0 &&
    sectionsWith(sections, 'response-information').length === 0
  ) {
    scope.report(
      'warning',
      'missing-section',
      'Response Information',
      'the page has no "Response Information" or "Resource Description" section: the response is taken to have no body',
      'a "Resource Description" heading',
    );
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
      scope.report(
        'warning',
        'several-body-types',
        'Body Parameters',
        `${bodySection.types.length} type lines under "Body Parameters"; the first is taken`,
        'one type line',
      );
    }
    if (!first && (bodySection.description !== '' || bodySection.tables.length > 0)) {
      scope.report(
        'warning',
        'missing-body-type',
        'Body Parameters',
        'the body is described but names no type',
        'a model link, "Collection of …" or a simple type name',
      );
    }
  }

  const responseSection = readTypeSection(ctx, sectionsWith(sections, 'resource-description'));
  const response: Operation['response'] = { type: null, alternatives: [], description: '' };
  if (responseSection) {
    const framework = responseSection.types.find((t) => t.kind === 'ref' && isFrameworkResult(t.id));
    if (framework?.kind === 'ref') {
      // The members listed are the framework type's (Version, Content, StatusCode, …), not the payload.
      const pageText = normalizeSpace(
        $([...nodesOf(page.preamble)]).text() +
          ' ' +
          $(
            nodesOf(
              [
                ...sectionsWith(sections, 'resource-description'),
                ...sectionsWith(sections, 'response-formats'),
              ].flatMap((s) => s.blocks),
            ),
          ).text(),
      );
      response.type = untypedResponse(framework.id, pageText);
      response.description = responseSection.description;
      scope.report(
        'info',
        'framework-response',
        'Resource Description',
        `the response is documented as ${framework.id}, a framework result type, so the page shows no payload: it is typed ${response.type.kind === 'binary' ? 'binary (the page names a file media type)' : 'unknown'}`,
        'a model, collection or simple type for the response ([ResponseType] on the action)',
      );
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
