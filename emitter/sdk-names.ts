/**
 * What the SDK is called. The Vitec help site keeps its names (`VitecClient`, `vitec-connect-sdk`);
 * any other site is named for its API:
 *
 * - the client class: `--client-name`, else the PascalCase of the help site's title with the Help
 *   Page words left out plus `Client` (`Acme Learning API` -> `AcmeLearningAPIClient`), else
 *   `ApiClient` when the title is missing or the stock `ASP.NET Web API Help Page`;
 * - the npm package: `--package-name`, else the kebab-case of the same words plus `-sdk`
 *   (`acme-learning-api-sdk`), else `api-sdk`.
 */
import type { ApiIR } from '../ir/schema.js';
import { isVitecSite } from '../ir/site.js';
import { fileName, isIdentifier, pascalCase, words } from './naming.js';

export const VITEC_CLIENT_NAME = 'VitecClient';
export const VITEC_PACKAGE_NAME = 'vitec-connect-sdk';
/** The SDK's version until a release (or the folder's package.json) says otherwise. */
export const DEFAULT_VERSION = '0.1.0';

/** Title words that name the help page rather than the API. */
const HELP_WORDS = new Set(['help', 'page', 'home', 'documentation', 'docs']);
const STOCK_TITLE = 'ASP.NET Web API Help Page';

export interface SdkNames {
  clientName: string;
  packageName: string;
}

export interface NameOptions {
  clientName?: string;
  packageName?: string;
}

function titleWords(title: string | undefined): string[] {
  if (title === undefined || title.trim() === STOCK_TITLE) return [];
  return words(title).filter((w) => !HELP_WORDS.has(w.toLowerCase()));
}

export function sdkNames(ir: ApiIR, options: NameOptions = {}): SdkNames {
  if (options.clientName !== undefined && !isIdentifier(options.clientName)) {
    throw new Error(`--client-name "${options.clientName}" is not a TypeScript identifier (expected e.g. AcmeClient)`);
  }
  const vitec = isVitecSite(ir);
  const found = titleWords(ir.source.title);
  const base = found.length > 0 ? found.join(' ') : 'Api';
  return {
    clientName: options.clientName ?? (vitec ? VITEC_CLIENT_NAME : `${pascalCase(base)}Client`),
    packageName: options.packageName ?? (vitec ? VITEC_PACKAGE_NAME : `${fileName(base)}-sdk`),
  };
}
