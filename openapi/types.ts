/**
 * The subset of OpenAPI 3.1 this exporter writes, typed closely enough that a misspelt keyword is a
 * compile error. Extensions (`x-…`) are allowed wherever the specification allows them.
 */

type Extensions = { [key: `x-${string}`]: unknown };

export interface XmlObject {
  name?: string;
  namespace?: string;
  wrapped?: boolean;
}

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** A JSON Schema 2020-12 schema as OpenAPI 3.1 uses it (only the keywords emitted here). */
export interface SchemaObject extends Extensions {
  $ref?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  format?: string;
  contentEncoding?: string;
  enum?: string[];
  const?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  default?: boolean | number | string;
  deprecated?: boolean;
  items?: SchemaObject;
  required?: string[];
  properties?: Record<string, SchemaObject>;
  additionalProperties?: SchemaObject;
  propertyNames?: SchemaObject;
  anyOf?: SchemaObject[];
  /** Which member tells the `anyOf` alternatives apart, and its value -> the alternative's `$ref`. */
  discriminator?: { propertyName: string; mapping: Record<string, string> };
  xml?: XmlObject;
}

export interface ReferenceObject {
  $ref: string;
}

export interface ExampleObject {
  summary?: string;
  value: unknown;
}

export interface MediaTypeObject {
  schema: SchemaObject;
  examples?: Record<string, ExampleObject | ReferenceObject>;
  /** Samples kept as the text the page shows, outside `examples` (see `ExampleRegistry`). */
  'x-serialized-examples'?: Record<string, ReferenceObject>;
}

export interface ParameterObject extends Extensions {
  name: string;
  in: 'path' | 'query';
  description?: string;
  required: boolean;
  deprecated?: boolean;
  schema: SchemaObject;
}

export interface RequestBodyObject {
  description?: string;
  required: boolean;
  content: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  description: string;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject extends Extensions {
  operationId: string;
  tags: string[];
  summary?: string;
  description?: string;
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  /** The success response inline; the shared error responses by reference. */
  responses: { '200': ResponseObject } & Record<string, ResponseObject | ReferenceObject>;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>>;

export interface TagObject {
  name: string;
  description?: string;
  externalDocs?: { url: string };
}

export interface SecuritySchemeObject {
  type: 'http';
  scheme: 'basic';
  description: string;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: TagObject[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, SchemaObject>;
    examples: Record<string, ExampleObject>;
    'x-serialized-examples': Record<string, ExampleObject>;
    responses: Record<string, ResponseObject>;
    securitySchemes: Record<string, SecuritySchemeObject>;
  };
}
