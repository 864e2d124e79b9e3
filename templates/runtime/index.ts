/**
 * The runtime every generated SDK ships (copied from vitec-codegen's templates/runtime/). The XML
 * codec is not here: it is the SDK's `/xml` entry (`xml.ts`), so importing this loads no XML parser.
 */
export { HttpCore, type CallArgs } from './http.js';
export type {
  ClientOptions,
  HeaderMap,
  HookContext,
  OperationSpec,
  QueryEncoder,
  QueryParamSpec,
  RequestHook,
  RequestOptions,
  RequestValidator,
  ResponseHook,
  XmlCodec,
} from './operation.js';
export type { ComplexDesc, EnumDesc, PropertyDesc, SchemaDesc, SimpleKind, TypeDesc } from './schema.js';
export {
  VitecError,
  VitecValidationError,
  VitecUnauthorizedError,
  VitecForbiddenError,
  VitecNotFoundError,
  VitecServerError,
  VitecHttpError,
  VitecNetworkError,
  VitecTimeoutError,
  VitecRequestValidationError,
  VitecResponseError,
  VitecResponseTooLargeError,
  type ErrorContext,
  type ValidationMessage,
} from './errors.js';
export { CodecError } from './codec-error.js';
export { toJson, fromJson } from './json-codec.js';
export { XmlFragment } from './xml-fragment.js';
export { validateValue } from './validate.js';
