/**
 * The error answers every operation can give. The help pages document none, but ASP.NET Web API
 * answers a rejected body with 400 and its `ModelState`, bad credentials with 401, a partner
 * without the right with 403 and a fault with 500 (`Message`, plus `ExceptionMessage` when the
 * server shows details) — the bodies the SDK's typed errors read.
 */
import type { ReferenceObject, ResponseObject, SchemaObject } from './types.js';

const ERROR_SCHEMA = 'HttpError';
const MODEL_STATE_SCHEMA = 'ModelStateError';

/** Schemas the error responses refer to; their names cannot clash with a model's (ids hold a `_` or a page title). */
export function errorSchemas(): Record<string, SchemaObject> {
  return {
    [ERROR_SCHEMA]: {
      type: 'object',
      title: 'HttpError',
      description: 'ASP.NET Web API error body.',
      required: ['Message'],
      properties: {
        Message: { type: 'string' },
        ExceptionMessage: { type: 'string', description: 'Only when the server includes error details.' },
      },
      xml: { name: 'Error' },
    },
    [MODEL_STATE_SCHEMA]: {
      type: 'object',
      title: 'ModelStateError',
      description: 'ASP.NET Web API answer to a request that failed model validation.',
      required: ['Message'],
      properties: {
        Message: { type: 'string', description: '`The request is invalid.`' },
        ModelState: {
          type: 'object',
          description: 'Messages per member path of the request (`notification.Header`).',
          additionalProperties: { type: 'array', items: { type: 'string' } },
        },
      },
      xml: { name: 'Error' },
    },
  };
}

function errorResponse(description: string, schema: string): ResponseObject {
  const ref = { $ref: `#/components/schemas/${schema}` };
  return { description, content: { 'application/json': { schema: ref }, 'application/xml': { schema: ref } } };
}

/** `components.responses`: one per status code. */
export function errorResponses(): Record<string, ResponseObject> {
  return {
    BadRequest: errorResponse('The request was rejected; `ModelState` says which members and why.', MODEL_STATE_SCHEMA),
    Unauthorized: errorResponse('Missing or wrong credentials.', ERROR_SCHEMA),
    Forbidden: errorResponse('The credentials do not grant this operation or customer.', ERROR_SCHEMA),
    InternalServerError: errorResponse('The server failed.', ERROR_SCHEMA),
  };
}

/** The references every operation lists beside its success response. */
export function errorResponseRefs(): Record<string, ReferenceObject> {
  return {
    '400': { $ref: '#/components/responses/BadRequest' },
    '401': { $ref: '#/components/responses/Unauthorized' },
    '403': { $ref: '#/components/responses/Forbidden' },
    '500': { $ref: '#/components/responses/InternalServerError' },
  };
}
