import { describe, expect, it } from 'vitest';

import { sdkNames } from '../emitter/sdk-names.js';
import type { ApiIR } from '../ir/schema.js';
import { toOpenApi } from '../openapi/index.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';
import { fixtureIr } from './openapi-fixture.js';

const site = (helpRoot: string, title?: string): ApiIR => {
  const ir = fixtureIr();
  return { ...ir, source: { ...ir.source, helpRoot, ...(title === undefined ? {} : { title }) } };
};

describe('SDK names', () => {
  it('keeps the Vitec names for the Vitec site, whatever its title', () => {
    expect(sdkNames(site('https://connect.maklare.vitec.net/Help', 'Dokumentation'))).toEqual({
      clientName: 'VitecClient',
      packageName: 'vitec-connect-sdk',
    });
  });

  it.each([
    ['Acme Learning API', 'AcmeLearningAPIClient', 'acme-learning-api-sdk'],
    ['Contoso Help Page', 'ContosoClient', 'contoso-sdk'],
    ['ASP.NET Web API Help Page', 'ApiClient', 'api-sdk'],
    [undefined, 'ApiClient', 'api-sdk'],
  ])('names another site from its title %j', (title, clientName, packageName) => {
    expect(sdkNames(site('http://127.0.0.1:8080/Help', title))).toEqual({ clientName, packageName });
  });

  it('takes --client-name and --package-name over the title, and refuses a client name that is no identifier', () => {
    const ir = site('http://127.0.0.1/Help', 'Acme');
    expect(sdkNames(ir, { clientName: 'Acme', packageName: '@acme/sdk' })).toEqual({
      clientName: 'Acme',
      packageName: '@acme/sdk',
    });
    expect(() => sdkNames(ir, { clientName: 'acme-client' })).toThrow(
      /--client-name "acme-client" is not a TypeScript identifier/,
    );
  });

  it('reads the title from the home page of the stock fixture site and uses it in OpenAPI', async () => {
    const ir = scrapeSnapshot(await readSnapshot('test/fixtures/stock-site'));
    expect(ir.source.title).toBe('Acme Learning API');
    expect(toOpenApi(ir).info.title).toBe('Acme Learning API');
  });
});
