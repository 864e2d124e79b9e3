import { describe, expect, it } from 'vitest';

import { readErrorBody, type ErrorBody } from '../templates/runtime/error-body.js';
import { xmlCodec } from '../templates/runtime/xml.js';

describe('readErrorBody', () => {
  it.each<[string, string, string | null, ErrorBody]>([
    [
      'Web API JSON with ModelState',
      '{"Message":"The request is invalid.","ModelState":{"notification.Header":["The Header field is required.","Too long."],"":["Body missing."]}}',
      'application/json; charset=utf-8',
      {
        serverMessage: 'The request is invalid.',
        messages: [
          { field: 'notification.Header', message: 'The Header field is required.' },
          { field: 'notification.Header', message: 'Too long.' },
          { field: null, message: 'Body missing.' },
        ],
      },
    ],
    [
      'camelCased JSON',
      '{"message":"The request is invalid.","modelState":{"customerId":["Required."]}}',
      'application/json',
      { serverMessage: 'The request is invalid.', messages: [{ field: 'customerId', message: 'Required.' }] },
    ],
    [
      'JSON with a message only',
      '{"Message":"Kunden finns inte."}',
      'application/json',
      { serverMessage: 'Kunden finns inte.', messages: [{ field: null, message: 'Kunden finns inte.' }] },
    ],
    [
      'JSON with exception details',
      '{"Message":"An error has occurred.","ExceptionMessage":"Boom."}',
      'application/json',
      {
        serverMessage: 'An error has occurred. Boom.',
        messages: [{ field: null, message: 'An error has occurred. Boom.' }],
      },
    ],
    [
      'a JSON string',
      '"Not allowed"',
      'application/json',
      { serverMessage: 'Not allowed', messages: [{ field: null, message: 'Not allowed' }] },
    ],
    [
      'Web API XML with encoded ModelState keys',
      '<Error><Message>The request is invalid.</Message><ModelState><notification.Header>The Header field is required.</notification.Header>' +
        '<notification.Recipients_x005B_1_x005D_>Bad recipient.</notification.Recipients_x005B_1_x005D_></ModelState></Error>',
      'application/xml; charset=utf-8',
      {
        serverMessage: 'The request is invalid.',
        messages: [
          { field: 'notification.Header', message: 'The Header field is required.' },
          { field: 'notification.Recipients[1]', message: 'Bad recipient.' },
        ],
      },
    ],
    [
      'plain text',
      'Service unavailable\n',
      'text/plain',
      { serverMessage: 'Service unavailable', messages: [{ field: null, message: 'Service unavailable' }] },
    ],
    [
      'an HTML error page',
      '<!DOCTYPE html><html><body><h1>502</h1></body></html>',
      'text/html',
      { serverMessage: null, messages: [] },
    ],
    ['an empty body', '', null, { serverMessage: null, messages: [] }],
    [
      'broken JSON',
      '{"Message":',
      'application/json',
      { serverMessage: '{"Message":', messages: [{ field: null, message: '{"Message":' }] },
    ],
  ])('%s', (_, body, contentType, expected) => {
    expect(readErrorBody(body, contentType, xmlCodec.readError)).toEqual(expected);
  });

  it('reads an XML body only with the XML codec: without it, the body says nothing beyond the status', () => {
    const xml = '<Error><Message>The request is invalid.</Message></Error>';
    expect(readErrorBody(xml, 'application/xml')).toEqual({ serverMessage: null, messages: [] });
    expect(readErrorBody(xml, 'application/xml', xmlCodec.readError).serverMessage).toBe('The request is invalid.');
  });
});
