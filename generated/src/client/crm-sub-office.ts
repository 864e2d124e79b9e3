import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * CrmSubOffice
 *
 * Underkontor
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class CrmSubOfficeApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.crmSubOffice` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }
}
