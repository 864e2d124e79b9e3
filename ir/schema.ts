/**
 * The intermediate model (IR): the one contract between the scraper (HTML in) and every emitter
 * (TypeScript SDK, OpenAPI, diff). It is plain JSON data. This file is the single place where it is
 * defined and documented: the zod schemas below give both the TypeScript types and the validator
 * used when an IR is read back from disk.
 *
 * Rules every producer keeps, so that two runs give byte-identical output:
 * - `operations` sorted by `id`, `types` and `unresolvedModels` by `id`, `groups` by `id`, `pages` by `url`,
 *   `diagnostics` by (url, where, code, message); everything else in documentation order.
 * - No timestamps, no absolute file paths, no values taken from generated samples' dates or GUIDs.
 * - Texts (summaries, descriptions) are `''` where the page shows none or only a stock placeholder
 *   (`No documentation available.`, `None.`), so emitters never need to know the site's stock texts.
 */
import * as z from 'zod/mini';

import './zod-messages.js';

export const IR_VERSION = 3 as const;

/** Where a fact came from: the page URL and a human-readable place on that page. */
export const Origin = z.object({
  url: z.string(),
  /** e.g. `Body Parameters > table > row "SMS"`, or `Response Formats > application/xml sample`. */
  where: z.string(),
});
export type Origin = z.infer<typeof Origin>;

export const PageKind = z.enum(['index', 'group', 'endpoint', 'model', 'enum', 'prose', 'error', 'unknown']);
export type PageKind = z.infer<typeof PageKind>;

/** A problem met while scraping. Never a crash, never a silent drop. */
export const Diagnostic = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  /** Stable, kebab-case id of the kind of problem, e.g. `unresolved-model-link`. */
  code: z.string(),
  url: z.string(),
  pageKind: PageKind,
  where: z.string(),
  message: z.string(),
  /** What the scraper expected to find there. */
  expected: z.optional(z.string()),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/**
 * The simple types the help pages name, normalised. Stock phrase -> name:
 * `string` string, `integer` integer, `decimal number` decimal, `boolean` boolean, `date` date
 * (a .NET DateTime, written with offset and 7 fraction digits), `globally unique identifier` guid,
 * `time interval` timespan, `URI` uri, `byte` byte, `character` char, `Object` object.
 *
 * `double` and `float` are refinements of `decimal` learnt from samples, never from the page's text:
 * `decimal number` covers .NET decimal, double and float alike, and only an XML sample's element
 * name (a collection item `<d2p1:double>`, a root `<double>`) tells which one the API uses.
 */
export const SimpleName = z.enum([
  'string',
  'integer',
  'decimal',
  'double',
  'float',
  'boolean',
  'date',
  'guid',
  'timespan',
  'uri',
  'byte',
  'char',
  'object',
]);
export type SimpleName = z.infer<typeof SimpleName>;

/** A use of a type, in a property, a parameter, a body or a response. */
export type TypeRef =
  | { kind: 'simple'; name: SimpleName }
  /** `Collection of byte`: raw bytes (base64 in JSON and XML, the body itself as a response). */
  | { kind: 'binary' }
  /** A link to a model page; `id` is the page's `modelName` and the `id` of a `TypeDef`. */
  | { kind: 'ref'; id: string }
  | { kind: 'collection'; items: TypeRef }
  | { kind: 'dictionary'; key: TypeRef; value: TypeRef }
  /**
   * `Pair of X [key] and Y [value]` (a .NET `KeyValuePair`): an object of two members, `Key` and
   * `Value` on the JSON wire (named by the site's `jsonNaming`), `key` and `value` in DataContract XML.
   */
  | { kind: 'pair'; key: TypeRef; value: TypeRef }
  /** A type phrase the scraper did not understand; always comes with a diagnostic. */
  | { kind: 'unknown'; phrase: string };

export const TypeRef: z.ZodMiniType<TypeRef> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('simple'), name: SimpleName }),
    z.object({ kind: z.literal('binary') }),
    z.object({ kind: z.literal('ref'), id: z.string() }),
    z.object({ kind: z.literal('collection'), items: TypeRef }),
    z.object({ kind: z.literal('dictionary'), key: TypeRef, value: TypeRef }),
    z.object({ kind: z.literal('pair'), key: TypeRef, value: TypeRef }),
    z.object({ kind: z.literal('unknown'), phrase: z.string() }),
  ]),
);

/** Validation rules read from the annotation column (`Krävs`, `X måste vara mellan A och B tecken`, …). */
export const Constraints = z.object({
  minLength: z.optional(z.int()),
  maxLength: z.optional(z.int()),
  minimum: z.optional(z.number()),
  maximum: z.optional(z.number()),
  pattern: z.optional(z.string()),
});
export type Constraints = z.infer<typeof Constraints>;

/**
 * A `Default value is X` annotation, typed by the member's type: a boolean for `boolean`, a number
 * for the number types, the text otherwise (strings, dates, GUIDs, enum member names).
 */
export const DefaultValue = z.union([z.boolean(), z.number(), z.string()]);
export type DefaultValue = z.infer<typeof DefaultValue>;

/**
 * A JSON naming convention as Json.NET applies it: `pascal` writes the CLR names, `camel` its
 * camelCase of them (`CamelCasePropertyNamesContractResolver`).
 */
export const JsonNaming = z.enum(['camel', 'pascal']);
export type JsonNaming = z.infer<typeof JsonNaming>;

/** Where a wire name came from: a sample on the page (authoritative) or the naming rule (fallback). */
export const NameSource = z.enum(['sample', 'rule']);
export type NameSource = z.infer<typeof NameSource>;

/** A member of a complex type. */
export const Property = z.object({
  /** The C# property name as the table shows it, e.g. `SMS`. */
  clrName: z.string(),
  /** Name on the JSON wire, e.g. `sms` (from the JSON sample, else Json.NET's camelCase rule). */
  jsonName: z.string(),
  jsonNameSource: NameSource,
  /** Element name in DataContract XML: the CLR name unless a sample shows otherwise. */
  xmlName: z.string(),
  type: TypeRef,
  required: z.boolean(),
  constraints: Constraints,
  /** The `Beskrivning` cell. */
  description: z.string(),
  /** Annotation text that is not a recognised constraint (`Kan vara null`, …), kept verbatim. */
  notes: z.array(z.string()),
  /** From `Default value is X`; absent when the page shows none. */
  default: z.optional(DefaultValue),
  /** Set when the page marks the row obsolete (a strike-through row); the member is still documented. */
  deprecated: z.optional(z.literal(true)),
  /**
   * The enum member this (enum-typed) member always holds in this type: the tag that tells the
   * alternatives of a polymorphic result apart (`Type` is `Person` in a `CrmPersonContact`), as the
   * samples show it (see `scraper/discriminants.ts`); absent for every other member.
   */
  discriminator: z.optional(z.string()),
});
export type Property = z.infer<typeof Property>;

/** DataContract XML facts of a type. */
export const XmlInfo = z.object({
  /** Root element name when the type is a document's root (`Notification`). */
  name: z.string(),
  /**
   * `http://schemas.datacontract.org/2004/07/{CLR namespace}`; null when no sample shows it (for an
   * `UnresolvedModel`: when the naming rule cannot guess it).
   */
  namespace: z.nullable(z.string()),
  source: NameSource,
});
export type XmlInfo = z.infer<typeof XmlInfo>;

export const ComplexType = z.object({
  kind: z.literal('complex'),
  /** The `modelName` of its page, e.g. `User_Notification`; unique. */
  id: z.string(),
  /** The short CLR name shown as the page title, e.g. `Notification`. */
  name: z.string(),
  description: z.string(),
  xml: XmlInfo,
  /** In the order the documentation lists them. */
  properties: z.array(Property),
  /** CLR names in DataContract member order (ordinal by name unless a sample shows another order). */
  xmlOrder: z.array(z.string()),
  /** Every page that documented this type (its model page and endpoint pages that inline it), sorted. */
  sources: z.array(z.string()),
  /** Its own model page (one of `sources`); null when only endpoint pages define it inline. */
  pageUrl: z.nullable(z.string()),
});
export type ComplexType = z.infer<typeof ComplexType>;

export const EnumMember = z.object({
  /** The member name; also its JSON and XML wire value. */
  name: z.string(),
  /** Numeric value when the page shows it (`Name | Value | Description` tables). */
  value: z.nullable(z.int()),
  description: z.string(),
});
export type EnumMember = z.infer<typeof EnumMember>;

export const EnumType = z.object({
  kind: z.literal('enum'),
  id: z.string(),
  name: z.string(),
  description: z.string(),
  xml: XmlInfo,
  members: z.array(EnumMember),
  sources: z.array(z.string()),
  /** Its own model page (one of `sources`); null when only endpoint pages define it inline. */
  pageUrl: z.nullable(z.string()),
});
export type EnumType = z.infer<typeof EnumType>;

export const TypeDef = z.discriminatedUnion('kind', [ComplexType, EnumType]);
export type TypeDef = z.infer<typeof TypeDef>;

/**
 * A model the pages link to (a `ref` in some type use) that no page defines. Its XML facts are
 * the naming rule's (`source: 'rule'`): the id's short name, and the namespace of a sample-shown
 * type with the same prefix, else `{base}.{Prefix}` after the base most such types share; null
 * when the id has no prefix or no sample shows any namespace.
 */
export const UnresolvedModel = z.object({
  /** The `modelName` the link names, e.g. `Crm_Email`. */
  id: z.string(),
  xml: XmlInfo,
});
export type UnresolvedModel = z.infer<typeof UnresolvedModel>;

export const Parameter = z.object({
  /**
   * The key on the wire: the path placeholder, or the query key — the route template's when it names
   * one (`paging.pageIndex`), else the row's (`PageSize` for a member of a bound `Paging`; a member
   * of a nested complex object carries its prefix, `paging.pageSize`).
   */
  name: z.string(),
  in: z.enum(['path', 'query']),
  type: TypeRef,
  required: z.boolean(),
  constraints: Constraints,
  description: z.string(),
  notes: z.array(z.string()),
  /** From `Default value is X`; absent when the page shows none. */
  default: z.optional(DefaultValue),
  /** Set when the page marks the row obsolete (a strike-through row). */
  deprecated: z.optional(z.literal(true)),
  /** Set when the key comes from a complex type bound from the query string (`paging: Paging`). */
  boundFrom: z.optional(z.object({ parameter: z.string(), typeId: z.string() })),
  /**
   * A list sent with indexed keys (`groupIds[0]=a&groupIds[1]=b`), as the route template shows
   * (`{groupIds[0]}`); any other list is sent as repeated keys (`groupIds=a&groupIds=b`).
   */
  indexed: z.optional(z.literal(true)),
});
export type Parameter = z.infer<typeof Parameter>;

export const Sample = z.object({
  /** As the tab label lists them, e.g. `["application/json", "text/json"]`. */
  mediaTypes: z.array(z.string()),
  format: z.enum(['json', 'xml', 'other']),
  /** The sample text exactly as the page shows it; null for `Sample not available.` */
  text: z.nullable(z.string()),
});
export type Sample = z.infer<typeof Sample>;

export const Operation = z.object({
  /** The help-page id, e.g. `POST-User-Notify-customerId`; unique. */
  id: z.string(),
  method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']),
  /** Path template relative to the API origin, without a leading slash: `User/Notify/{customerId}`. */
  path: z.string(),
  /** Id of the `Group` that lists it (the heading it sits under on a category or section page). */
  group: z.string(),
  /** The first paragraph of the page. */
  summary: z.string(),
  /** Any further paragraphs, joined by blank lines. */
  description: z.string(),
  sourceUrl: z.string(),
  /** Path parameters in path order, then query parameters in documentation order. */
  parameters: z.array(Parameter),
  body: z.nullable(
    z.object({
      type: TypeRef,
      description: z.string(),
    }),
  ),
  response: z.object({
    /** Null when the response has no body. */
    type: z.nullable(TypeRef),
    /** Several models on one page (polymorphic result): each possible shape, in page order. */
    alternatives: z.array(TypeRef),
    description: z.string(),
    /**
     * The base contract a polymorphic response is written under in XML, as its sample's root shows
     * (`<CrmContact i:type="CrmPersonContact">`; for a collection, each item's element): set only
     * when a sample's element names none of the alternatives and carries `i:type`.
     */
    xmlRoot: z.optional(z.object({ name: z.string(), namespace: z.nullable(z.string()) })),
  }),
  requestSamples: z.array(Sample),
  responseSamples: z.array(Sample),
  /**
   * Set when this operation's samples name JSON members in another casing than the types' own
   * `jsonName`s (another controller's formatter): its JSON body and response name every member of
   * every type by this rule (`jsonNameUnder` in ir/dotnet.ts), custom names kept.
   */
  jsonNaming: z.optional(JsonNaming),
});
export type Operation = z.infer<typeof Operation>;

export const Group = z.object({
  /** Stable id from the heading, e.g. `User`, `CRM-Newsletter`. */
  id: z.string(),
  /** The heading as shown: `CRM Newsletter`. */
  name: z.string(),
  description: z.string(),
  /** The category or section page that lists it. */
  sourceUrl: z.string(),
  /** Ids of the operations listed, in page order (also those whose page is missing). */
  operationIds: z.array(z.string()),
});
export type Group = z.infer<typeof Group>;

export const Page = z.object({ url: z.string(), kind: PageKind });
export type Page = z.infer<typeof Page>;

export const ApiIR = z.object({
  irVersion: z.literal(IR_VERSION),
  source: z.object({
    /** The help root, e.g. `https://connect.maklare.vitec.net/Help`. */
    helpRoot: z.string(),
    /** Where the API itself answers; the help site's origin unless told otherwise. */
    apiBaseUrl: z.string(),
    /** The help site's own title (its home page's heading or `<title>`), when it has one. */
    title: z.optional(z.string()),
  }),
  /**
   * The site's JSON naming convention, learnt from its samples (camelCase when they show none):
   * the rule for members no sample names, and for the `Key`/`Value` of a `pair`.
   */
  jsonNaming: JsonNaming,
  groups: z.array(Group),
  operations: z.array(Operation),
  types: z.array(TypeDef),
  /** Every model linked to but not defined, each once (the `unresolved-model-link` diagnostics say where). */
  unresolvedModels: z.array(UnresolvedModel),
  /** Every page read, with the kind it was recognised as. */
  pages: z.array(Page),
  diagnostics: z.array(Diagnostic),
});
export type ApiIR = z.infer<typeof ApiIR>;
