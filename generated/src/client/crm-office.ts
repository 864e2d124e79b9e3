import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * CrmOffice
 *
 * CRM metoder för kontor
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class CrmOfficeApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.crmOffice` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }
}
