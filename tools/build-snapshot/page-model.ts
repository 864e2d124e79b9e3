/**
 * The reconstruction's own model of a help page: what the Markdown evidence says, before any
 * markup. Parsing fills it (parse-*.ts), the renderers turn it into HTML in either theme.
 * Text fields hold inline Markdown (plain text, possibly links), as in the evidence.
 */

/** A type as a help-page table cell names it. */
export type TypeRef =
  /** `string`, `integer`, `boolean`, `date`, `decimal number`, `byte`, … */
  | { kind: 'simple'; name: string }
  /** A link to `/Help/ResourceModel?modelName=…`: a complex type or an enum. */
  | { kind: 'model'; name: string; modelName: string }
  | { kind: 'collection'; of: TypeRef };

export interface PropertyRow {
  name: string;
  doc: string;
  type: TypeRef;
  /** One entry per annotation paragraph (`Krävs`, `Förnamn måste vara mellan 0 och 30 tecken`, free text). */
  annotations: string[];
}

export type Sample = { kind: 'text'; text: string } | { kind: 'unavailable' };

export interface SampleTab {
  /** Tab label, e.g. `application/json, text/json`. */
  mediaType: string;
  /** Pane id prefix: `json`, `xml`, `octet-stream`, `x-base64`. */
  idPrefix: string;
  sample: Sample;
}

export interface SampleSet {
  /** The number in the pane ids (`json760`); request and response share it. */
  id: number;
  tabs: SampleTab[];
}

export interface ModelTable {
  name: string;
  modelName: string;
  rows: PropertyRow[];
}

/** `Body Parameters` or `Resource Description`. */
export interface TypedPart {
  doc: string;
  /** Null when there is no type: no body, or a polymorphic result (see `variants`). */
  type: TypeRef | null;
  /** Property table of the type (of the element type for a collection), when the page shows one. */
  rows: PropertyRow[] | null;
  /** Polymorphic result: one anchored model table per possible type. */
  variants: { anchor: string; table: ModelTable }[];
}

export interface EndpointPage {
  kind: 'endpoint';
  url: string;
  method: string;
  /** Route template as shown, e.g. `User/Notify/{customerId}`. */
  path: string;
  docParagraphs: string[];
  uriParams: PropertyRow[];
  body: TypedPart | null;
  requestSamples: SampleSet | null;
  response: TypedPart;
  responseSamples: SampleSet | null;
}

export interface EnumValue {
  name: string;
  value: string;
  doc: string;
}

export interface ModelPage {
  kind: 'model';
  url: string;
  modelName: string;
  name: string;
  doc: string;
  content: { kind: 'complex'; rows: PropertyRow[] } | { kind: 'enum'; values: EnumValue[] };
}

export interface ApiLink {
  method: string;
  path: string;
  /** Root-relative link to the endpoint page. */
  href: string;
  doc: string;
}

export interface CategoryPage {
  kind: 'category';
  url: string;
  title: string;
  groups: { heading: string; doc: string; apis: ApiLink[] }[];
}

export interface ProsePage {
  kind: 'prose';
  url: string;
  title: string;
  /** The page body as Markdown, headings included. */
  markdown: string;
}

export interface IndexPage {
  kind: 'index';
  url: string;
  sections: { href: string; label: string }[];
  categories: { href: string; label: string }[];
  prose: { href: string; label: string }[];
  /** Endpoints listed by controller: the stock theme's index needs them. */
  controllers: { name: string; apis: ApiLink[] }[];
}

export type Page = EndpointPage | ModelPage | CategoryPage | ProsePage | IndexPage;

export const ORIGIN = 'https://connect.maklare.vitec.net';
export const HELP_ROOT = `${ORIGIN}/Help`;
