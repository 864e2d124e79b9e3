import type { IncreasedRequirementCollection } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * IncreasedRequirements
 *
 * Utökade krav
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class IncreasedRequirementsApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.increasedRequirements` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Hämta utökadekrav
   *
   * `GET IncreasedRequirement/{customerId}`
   *
   * @param customerId
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-IncreasedRequirement-customerId
   */
  get(customerId: string, options?: RequestOptions): Promise<IncreasedRequirementCollection[]> {
    return this.#core.call<IncreasedRequirementCollection[]>(
      operations['GET-IncreasedRequirement-customerId'],
      { path: [customerId] },
      options,
    );
  }
}
