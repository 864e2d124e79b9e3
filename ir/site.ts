/** Which help site an IR comes from: the Vitec site keeps its own names and texts in every export. */
import type { ApiIR } from './schema.js';

const VITEC_HOST = 'connect.maklare.vitec.net';

export function isVitecSite(ir: ApiIR): boolean {
  return URL.canParse(ir.source.helpRoot) && new URL(ir.source.helpRoot).hostname === VITEC_HOST;
}
