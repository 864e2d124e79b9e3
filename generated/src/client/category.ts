import type { Categories } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Category
 *
 * Hämtar kategorier
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class CategoryApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.category` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Hämtar kategorier. För att kunna hämta kategorier så krävs det en giltig API nyckel och ett kundid
   *
   * `GET Category/GetCategories`
   *
   * @param query - Query parameters: see {@link CategoryGetCategoriesQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-Category-GetCategories
   */
  getCategories(query: CategoryGetCategoriesQuery, options?: RequestOptions): Promise<Categories> {
    return this.#core.call<Categories>(
      operations['GET-Category-GetCategories'],
      { path: [], query },
      options,
    );
  }
}

/** Query parameters of {@link CategoryApi.getCategories}; keys are camelCase, sent as the wire keys noted. */
export interface CategoryGetCategoriesQuery {
  /**
   * Kund id
   *
   * Query key `customerId`.
   */
  customerId: string;
}
