/**
 * Every diagnostic the scraper can give, declared once: its severity, the message and what was
 * expected (each a text or a template over typed parameters), and one line of documentation for
 * the README's table (`npm run docs:diagnostics`). A report names a code here and passes exactly
 * the parameters its templates take; TypeScript checks both.
 */
import type { Diagnostic } from '../ir/schema.js';

export type Severity = Diagnostic['severity'];

/** No parameters: the message and expectation are fixed texts. */
type NoParams = Record<never, never>;

type Template<P> = string | ((params: P) => string);

export interface DiagnosticSpec<P = NoParams> {
  readonly severity: Severity;
  /** One line for the README: what the code means and what the scraper does about it. */
  readonly doc: string;
  readonly message: Template<P>;
  readonly expected: Template<P>;
}

/** Declares one code; `P` is what its templates read (leave it out for fixed texts). */
const define = <P extends object = NoParams>(spec: DiagnosticSpec<P>): DiagnosticSpec<P> => spec;

/** What a later sample showed against the first one, which is kept. */
interface Conflict {
  what: string;
  shown: string;
  firstUrl: string;
  firstWhere: string;
  kept: string;
}

const conflict = (doc: string): DiagnosticSpec<Conflict> =>
  define<Conflict>({
    severity: 'warning',
    doc,
    message: (p) =>
      `${p.what}: this sample shows ${p.shown}, the sample on ${p.firstUrl} (${p.firstWhere}) shows ${p.kept}, which is kept`,
    expected: (p) => p.kept,
  });

const PARAMETER_TABLE = 'Namn | Beskrivning | Typ | Information, or Name | Value | Description';

export const DIAGNOSTICS = {
  // Reading a page: scraper/page.ts
  'malformed-url-escape': define({
    severity: 'warning',
    doc: 'A page URL holds a %-escape that is not UTF-8; the URL is kept verbatim.',
    message: 'the URL holds a %-escape that is not UTF-8; it is kept verbatim',
    expected: 'percent-encoded UTF-8',
  }),
  'page-unavailable': define<{ why: string }>({
    severity: 'warning',
    doc: 'The crawl got no answer, an HTTP error or an empty body for a page; the page is skipped.',
    message: (p) => `the page gave ${p.why}; it is skipped`,
    expected: 'HTTP 200 with an HTML body',
  }),
  'outside-help-root': define<{ helpRoot: string }>({
    severity: 'info',
    doc: 'A snapshot page is not under the help root (a swagger document, say); it is not read.',
    message: (p) => `not under the help root ${p.helpRoot}; not read`,
    expected: (p) => `a URL under ${p.helpRoot}`,
  }),
  'not-html': define<{ contentType: string }>({
    severity: 'info',
    doc: 'A page is served with a content type other than HTML; it is not read.',
    message: (p) => `content type ${p.contentType}; not read`,
    expected: 'text/html',
  }),
  'no-groups': define({
    severity: 'warning',
    doc: 'A section or category page has no API table, so it lists no operations.',
    message: 'a section or category page with no API table',
    expected: 'headings each followed by an API | Beskrivning table',
  }),
  'unexpected-content': define({
    severity: 'warning',
    doc: 'A page of no known kind holds parameter tables; it is not read.',
    message: 'a page of no known kind holds parameter tables; it is not read',
    expected: 'an endpoint page under /Help/Api/ or a model page',
  }),
  'scraper-failure': define<{ error: string }>({
    severity: 'error',
    doc: 'The scraper threw on a page (a bug); the page is lost, the other pages are still read.',
    message: (p) => `the scraper failed on this page: ${p.error}`,
    expected: 'a page the scraper can read',
  }),

  // Group (section and category) pages: scraper/group.ts
  'api-row-without-link': define<{ text: string }>({
    severity: 'info',
    doc: 'An API table row has no link to its page; the operation id is derived from its "METHOD path" text.',
    message: (p) => `the row "${p.text}" has no link to its page; the id is derived from its text`,
    expected: 'a link to /Help/Api/{id}',
  }),
  'api-row-unreadable': define<{ text: string }>({
    severity: 'warning',
    doc: 'An API table row names no operation (no link, no "METHOD path"); the row is dropped.',
    message: (p) => `the row "${p.text}" names no operation`,
    expected: 'a link to /Help/Api/{id} or "METHOD path"',
  }),
  'group-without-heading': define({
    severity: 'warning',
    doc: 'An API table has no heading naming its group; its operations go to the fallback grouping.',
    message: 'an API table with no heading before it: its operations are left to the fallback grouping',
    expected: 'a heading naming the group',
  }),

  // Parameter, property and enum tables: scraper/members.ts, scraper/enum.ts
  'unknown-type-phrase': define<{ phrase: string }>({
    severity: 'warning',
    doc: 'A type cell holds a phrase the scraper does not know (`Tuple of …`); the member is typed `unknown`.',
    message: (p) => `type "${p.phrase}" is not a known type phrase`,
    expected:
      'a model link, "Collection of …", "Dictionary of … [key] and … [value]" or a simple type name (string, integer, decimal number, boolean, date, …)',
  }),
  'row-without-name': define<{ table: 'members'; text: string } | { table: 'enum'; column: 'Id' | 'Name' }>({
    severity: 'warning',
    doc: 'A parameter, property or enum table row has no name; the row is dropped.',
    message: (p) => (p.table === 'members' ? `a table row has no name: "${p.text}"` : 'an enum row has no member name'),
    expected: (p) => (p.table === 'members' ? 'a name in the Namn/Name column' : `a member in the ${p.column} column`),
  }),
  'default-value-mismatch': define<{ defaultText: string; type: string }>({
    severity: 'warning',
    doc: '"Default value is X" does not fit the member\'s type; it is kept as a note, not as a default.',
    message: (p) => `"Default value is ${p.defaultText}" does not fit the type ${p.type}; kept as a note`,
    expected: 'a default the type can hold: true/false for boolean, a number for the number types, text otherwise',
  }),
  'enum-value-not-integer': define<{ value: string }>({
    severity: 'warning',
    doc: "An enum member's value is not an integer; the member is kept without a value.",
    message: (p) => `value "${p.value}" is not an integer`,
    expected: 'an integer',
  }),

  // Samples: scraper/samples.ts
  'sample-without-text': define<{ shown: string }>({
    severity: 'info',
    doc: 'A sample pane holds no `<pre>` and no "Sample not available."; the sample is taken as absent.',
    message: (p) => `the sample pane holds no <pre>${p.shown ? `, only "${p.shown}"` : ''}`,
    expected: 'a <pre> with the sample, or "Sample not available."',
  }),
  'sample-pane-missing': define<{ tab: string; id: string } | { header: string }>({
    severity: 'warning',
    doc: 'A sample tab or header has no sample pane after it; that sample is not read.',
    message: (p) =>
      'tab' in p
        ? `the tab "${p.tab}" points to #${p.id}, which is not in this section`
        : `the sample header "${p.header}" is followed by no sample`,
    expected: (p) => ('tab' in p ? `an element with id "${p.id}"` : 'a .sample-content element'),
  }),

  // Endpoint pages: scraper/endpoint.ts
  'missing-title': define<{ title: string }>({
    severity: 'error',
    doc: 'An endpoint page has no "METHOD path" title; the operation cannot be read and is lost.',
    message: (p) => (p.title ? `title "${p.title}" is not "METHOD path"` : 'the page has no title'),
    expected: 'a title such as "POST User/Notify/{customerId}" (display1 or h1)',
  }),
  'title-id-mismatch': define<{ title: string; titleId: string; urlId: string }>({
    severity: 'warning',
    doc: "An endpoint title gives another help id than the page URL; the URL's id is used.",
    message: (p) => `title "${p.title}" gives the id ${p.titleId}, the URL says ${p.urlId}`,
    expected: (p) => `a title whose id is ${p.urlId}`,
  }),
  'unknown-heading': define({
    severity: 'info',
    doc: 'An endpoint page has a heading the scraper does not know; its content is read with the section before it.',
    message: 'a heading the scraper does not know; its content is read as part of the section before it',
    expected: 'one of: URI Parameters, Body Parameters, Request Formats, Resource Description, Response Formats',
  }),
  'missing-section': define({
    severity: 'warning',
    doc: 'An endpoint page has no response section; the response is taken to have no body.',
    message:
      'the page has no "Response Information" or "Resource Description" section: the response is taken to have no body',
    expected: 'a "Resource Description" heading',
  }),
  'missing-table': define<{ section: string; found: string }>({
    severity: 'warning',
    doc: 'The URI Parameters section of an endpoint page holds no parameter table (nor "None.").',
    message: (p) => `no parameter table under "${p.section}" (found: "${p.found.slice(0, 80)}")`,
    expected: 'a table with columns Namn | Beskrivning | Typ | Information, or "None."',
  }),
  'unexpected-table': define<
    { headers: readonly string[]; section: string } | { headers: readonly string[]; modelPage: true }
  >({
    severity: 'warning',
    doc: 'A table whose columns are not a parameter, property or enum table; it is not read.',
    message: (p) =>
      'section' in p
        ? `a table with header "${p.headers.join(' | ')}" under "${p.section}"`
        : `a table with header "${p.headers.join(' | ')}" on a model page`,
    expected: PARAMETER_TABLE,
  }),
  'table-without-model': define({
    severity: 'warning',
    doc: 'A model table on an endpoint page has no model link before it, so its type is unknown; it is not read.',
    message: 'a model table with no model link before it: its properties cannot be attached to a type',
    expected: 'a model link (/Help/ResourceModel?modelName=…) before the table',
  }),
  'path-parameter-undocumented': define<{ name: string }>({
    severity: 'warning',
    doc: 'A route placeholder has no row in the URI parameter table; it is kept as a required string.',
    message: (p) => `the path placeholder {${p.name}} has no row in the URI parameter table`,
    expected: (p) => `a row named "${p.name}"`,
  }),
  'query-parameter-undocumented': define<{ name: string }>({
    severity: 'warning',
    doc: 'A query placeholder of the route has no row in the URI parameter table.',
    message: (p) => `the query placeholder {${p.name}} has no row in the URI parameter table`,
    expected: (p) => `a row named "${p.name}"`,
  }),
  'several-body-types': define<{ count: number }>({
    severity: 'warning',
    doc: 'Body Parameters names more than one type; the first is taken.',
    message: (p) => `${p.count} type lines under "Body Parameters"; the first is taken`,
    expected: 'one type line',
  }),
  'missing-body-type': define({
    severity: 'warning',
    doc: 'Body Parameters describes a body but names no type; the operation has no body.',
    message: 'the body is described but names no type',
    expected: 'a model link, "Collection of …" or a simple type name',
  }),
  'framework-response': define<{ framework: string; binary: boolean }>({
    severity: 'info',
    doc: 'The response is a framework result type (`HttpResponseMessage`, `IHttpActionResult`); it is typed `unknown`, or binary for a file media type.',
    message: (p) =>
      `the response is documented as ${p.framework}, a framework result type, so the page shows no payload: it is typed ${p.binary ? 'binary (the page names a file media type)' : 'unknown'}`,
    expected: 'a model, collection or simple type for the response ([ResponseType] on the action)',
  }),

  // Model and enumeration pages: scraper/model.ts
  'framework-type-page': define<{ id: string }>({
    severity: 'info',
    doc: 'A model page documents a framework result type; no type is defined for it.',
    message: (p) =>
      `${p.id} is a framework result type (its members are the HTTP message's, not an API payload); no type is defined for it`,
    expected: 'a model of the API',
  }),
  'missing-model-title': define<{ name: string }>({
    severity: 'warning',
    doc: "A model page has no title; the type name is taken from the URL's modelName.",
    message: (p) => `the model page has no title; the name "${p.name}" is taken from the modelName`,
    expected: 'a title (display1 or h1) with the type name',
  }),
  'unknown-table': define<{ headers: readonly string[] }>({
    severity: 'warning',
    doc: 'No table on a model page is a property or enum table; no type is defined.',
    message: (p) => `a table with header "${p.headers.join(' | ')}" is not a model table`,
    expected: PARAMETER_TABLE,
  }),
  'model-alias': define<{ typeLine: string; id: string }>({
    severity: 'warning',
    doc: 'A model page shows only a type line (`Collection of …`), no table; no type is defined for it.',
    message: (p) => `the model page shows only the type "${p.typeLine}"; no type is defined for ${p.id}`,
    expected: 'a property or enum table',
  }),
  'model-without-members': define<{ id: string }>({
    severity: 'info',
    doc: 'A model page has no property table; the type is taken to have no properties.',
    message: (p) => `no property table: ${p.id} is taken as a type without properties`,
    expected: 'a property or enum table',
  }),
  'missing-enum-table': define({
    severity: 'error',
    doc: 'An enumeration reference page has no Id | Name table; the enum cannot be read and is lost.',
    message: 'no enumeration table on an enumeration reference page',
    expected: 'a table with columns Id | Name',
  }),

  // Putting the pages together: scraper/assemble.ts, scraper/types.ts, scraper/route-notes.ts
  'bound-parameter-type-undefined': define<{ name: string; typeId: string }>({
    severity: 'warning',
    doc: 'A query-bound URI parameter has a type no page defines; it stays one parameter, its keys unknown.',
    message: (p) =>
      `URI parameter ${p.name} has type ${p.typeId}, which no page defines: its query keys are unknown, so it is kept as one parameter`,
    expected: (p) => `a model table for ${p.typeId} on some page of the snapshot`,
  }),
  'duplicate-parameter': define<{ in: string; name: string }>({
    severity: 'warning',
    doc: 'Two parameters of an operation share a name once query-bound types are expanded.',
    message: (p) => `the ${p.in} parameter ${p.name} occurs twice (after expanding query-bound types)`,
    expected: 'unique parameter names',
  }),
  'duplicate-group': define<{ id: string; firstUrl: string }>({
    severity: 'warning',
    doc: 'A group heading is used on two pages; the operations are merged into the first group.',
    message: (p) => `group ${p.id} is also listed on ${p.firstUrl}; its operations are merged into that group`,
    expected: 'a group heading used once',
  }),
  'listed-operation-without-page': define<{ id: string }>({
    severity: 'info',
    doc: 'A group lists an operation whose page is not in the snapshot; it is not in the SDK until a crawl brings it.',
    message: (p) => `${p.id} is listed but its page is not in the snapshot`,
    expected: (p) => `a page /Help/Api/${p.id}`,
  }),
  'operation-not-in-group': define<{ id: string; group: string }>({
    severity: 'info',
    doc: 'No group page lists an operation; it is grouped by the first segment of its path.',
    message: (p) => `no group page lists ${p.id}; it is put in group ${p.group} after its first path segment`,
    expected: 'a section or category page listing the operation',
  }),
  'unresolved-model-link': define<{ id: string }>({
    severity: 'warning',
    doc: 'A page links a model no page defines; the reference is kept and the SDK types it `unknown`.',
    message: (p) => `link to model ${p.id}, which no page in the snapshot defines; the reference is kept`,
    expected: (p) => `a model page or an inline table for ${p.id}`,
  }),
  'duplicate-operation': define<{ id: string; firstUrl: string }>({
    severity: 'warning',
    doc: 'Two pages give the same operation id; the later page is ignored.',
    message: (p) => `operation ${p.id} was already read from ${p.firstUrl}; this page is ignored`,
    expected: 'one page per operation id',
  }),
  'type-definition-conflict': define<{ id: string; primaryUrl: string; kind: 'complex' | 'enum' }>({
    severity: 'warning',
    doc: "A type is defined differently on two pages; the model page's definition (else the first) is kept.",
    message: (p) =>
      `${p.id} is defined differently here and on ${p.primaryUrl}; the definition from ${p.primaryUrl} is kept`,
    expected: (p) => `the same ${p.kind === 'enum' ? 'members' : 'properties'} as on ${p.primaryUrl}`,
  }),
  'overloaded-route': define<{ id: string; method: string; route: string; others: readonly string[]; first: string }>({
    severity: 'info',
    doc: 'Operations share a method and route; OpenAPI merges them into one operation, the SDK keeps one method each.',
    message: (p) =>
      `${p.id} shares ${p.method} ${p.route} with ${p.others.join(', ')}: OpenAPI lists them as one operation (${p.first}, with x-overloads), the SDK keeps one method each`,
    expected: 'one operation per method and route, or overloads told apart by their query keys',
  }),
  'placeholder-twin': define<{ path: string; firstPath: string; firstId: string }>({
    severity: 'info',
    doc: "Pages of one route use different placeholder names; OpenAPI writes the route once, with the first's names.",
    message: (p) =>
      `${p.path} differs from ${p.firstPath} (${p.firstId}) only in placeholder names: OpenAPI writes the route once, as ${p.firstPath}`,
    expected: 'the same placeholder names on every page of one route',
  }),

  // JSON naming: scraper/json-naming.ts
  'json-naming-split': define<{ camel: number; pascal: number } | { typeId: string; camel: number; pascal: number }>({
    severity: 'warning',
    doc: 'The JSON samples (of the site or of one type) are split evenly between camelCase and PascalCase.',
    message: (p) =>
      'typeId' in p
        ? `the JSON samples of ${p.typeId} are split (${p.camel} camelCase names, ${p.pascal} PascalCase): its properties no sample names follow the site's convention`
        : `the JSON samples of the site are split (${p.camel} camelCase names, ${p.pascal} PascalCase): properties no sample names are camelCase`,
    expected: (p) =>
      'typeId' in p
        ? 'one naming convention per type'
        : 'one naming convention across the samples, or --json-names camel|pascal',
  }),

  'json-naming-per-operation': define<{ naming: 'camel' | 'pascal'; types: string[] }>({
    severity: 'info',
    doc: "An operation's JSON samples name members in another casing than the types they show (another controller's formatter): that operation's JSON is read and written in its own casing.",
    message: (p) =>
      `this operation's JSON samples name members in ${p.naming === 'camel' ? 'camelCase' : 'PascalCase'}, unlike the other samples of ${p.types.join(', ')}: its body and response are read and written so`,
    expected: 'one JSON casing per type across the operations',
  }),

  // What the samples show: scraper/wire-observe.ts, scraper/wire-decide.ts
  'sample-not-json': define<{ error: string }>({
    severity: 'warning',
    doc: 'A JSON sample does not parse; no wire names are learnt from it.',
    message: (p) => `the JSON sample does not parse (${p.error}); no wire names are learnt from it`,
    expected: 'a JSON document',
  }),
  'sample-not-xml': define<{ error: string }>({
    severity: 'warning',
    doc: 'An XML sample does not parse; no XML facts are learnt from it.',
    message: (p) => `the XML sample does not parse (${p.error}); no XML facts are learnt from it`,
    expected: 'an XML document',
  }),
  'sample-member-unmatched': define<{ member: string; typeId: string }>({
    severity: 'info',
    doc: 'A sample member matches no property of its type; its wire name is not learnt.',
    message: (p) => `the sample's ${p.member} matches no property of ${p.typeId}; its wire name is not learnt`,
    expected: (p) => `a member named like a property of ${p.typeId}`,
  }),
  'xml-sample-root-unmatched': define<{ root: string }>({
    severity: 'info',
    doc: "An XML sample's root element is none of the response's types; no XML facts are learnt from it.",
    message: (p) =>
      `the XML sample's root <${p.root}> is none of the response's alternatives and names none in i:type; no XML facts are learnt from it`,
    expected: 'a root element named after one of the alternatives, or carrying i:type',
  }),
  'xml-sample-incomplete': define<{ id: string; missing: readonly string[] }>({
    severity: 'info',
    doc: 'The XML samples of a type lack some members; those are placed last in ordinal (DataContract) order.',
    message: (p) => `the XML sample of ${p.id} lacks ${p.missing.join(', ')}; they are placed last in ordinal order`,
    expected: 'every member of the type',
  }),
  'duplicate-json-name': define<{ id: string; member: string; earlier: string; jsonName: string }>({
    severity: 'warning',
    doc: 'Two members of a type have one JSON name; OpenAPI describes the first in member order.',
    message: (p) =>
      `${p.id}.${p.member} and ${p.id}.${p.earlier} are both "${p.jsonName}" on the JSON wire: OpenAPI describes ${p.earlier}, the first in member order`,
    expected: 'one JSON name per member (a sample or --json-names pascal may tell them apart)',
  }),
  'json-name-conflict': conflict(
    'Two samples show a member under different JSON names; the first by operation id is kept.',
  ),
  'xml-name-conflict': conflict(
    'Two samples show a member or type under different XML element names; the first is kept.',
  ),
  'xml-namespace-conflict': conflict('Two samples show a type in different XML namespaces; the first is kept.'),
  'xml-order-conflict': conflict("Two XML samples order a type's members differently; the first order is kept."),
  'xml-type-conflict': conflict(
    'Two XML samples refine a type (of a member, body or response) differently; the first is kept.',
  ),
  'xml-root-conflict': conflict(
    'Two XML samples write a polymorphic response under different roots; the first is kept.',
  ),
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** The codes whose report compares a later sample with the first (`Conflict` parameters). */
export type ConflictCode = {
  [C in DiagnosticCode]: DiagnosticParams<C> extends Conflict ? C : never;
}[DiagnosticCode];

export type DiagnosticParams<C extends DiagnosticCode> =
  (typeof DIAGNOSTICS)[C] extends DiagnosticSpec<infer P> ? P : never;

/** The parameters argument of a report: absent for a code with fixed texts, required otherwise. */
export type ParamsArg<C extends DiagnosticCode> =
  NoParams extends DiagnosticParams<C> ? [] : [params: DiagnosticParams<C>];

const render = <P>(template: Template<P>, params: P): string =>
  typeof template === 'string' ? template : template(params);

/** The IR fields a code and its parameters give. */
export function diagnosticText<C extends DiagnosticCode>(
  code: C,
  ...[params]: ParamsArg<C>
): Pick<Diagnostic, 'severity' | 'code' | 'message' | 'expected'> {
  const spec = DIAGNOSTICS[code] as DiagnosticSpec<DiagnosticParams<C>>;
  const p = (params ?? {}) as DiagnosticParams<C>;
  return { severity: spec.severity, code, message: render(spec.message, p), expected: render(spec.expected, p) };
}
