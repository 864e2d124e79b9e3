import type { CustomFields } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * CustomField
 *
 * Hämtar egendefinerade fält.
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class CustomFieldApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.customField` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Hämtar egendefinerade fält.
   *
   * `GET CustomField/Get`
   *
   * @param query - Query parameters: see {@link CustomFieldGetQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CustomField-Get
   */
  get(query: CustomFieldGetQuery, options?: RequestOptions): Promise<CustomFields[]> {
    return this.#core.call<CustomFields[]>(operations['GET-CustomField-Get'], { path: [], query }, options);
  }
}

/** Query parameters of {@link CustomFieldApi.get}; keys are camelCase, sent as the wire keys noted. */
export interface CustomFieldGetQuery {
  /**
   * Kund id
   *
   * Query key `customerId`.
   */
  customerId: string;
}
