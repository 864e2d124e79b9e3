import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * SellerSettings
 *
 * CRM metoder för en säljare
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class SellerSettingsApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.sellerSettings` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }
}
