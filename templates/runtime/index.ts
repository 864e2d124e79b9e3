/** The runtime every generated SDK ships (copied from vitec-codegen's templates/runtime/). */
export { HttpCore, type CallArgs } from './http.js';
export type {
  ClientOptions,
  HeaderMap,
  HookContext,
  OperationSpec,
  QueryParamSpec,
  RequestHook,
  RequestOptions,
  ResponseHook,
} from './operation.js';
export type { ComplexDesc, EnumDesc, PropertyDesc, SchemaDesc, Schemas, SimpleKind, TypeDesc } from './schema.js';
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
export { writeXml, readXml, XmlFragment } from './xml-codec.js';
export { validateValue } from './validate.js';
