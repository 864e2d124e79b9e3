import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Usergroups
 *
 * Användargrupper
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class UsergroupsApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.usergroups` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }
}
