import type { SpeculatorRelation } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * SpeculatorSettings
 *
 * CRM metoder för en spekulant
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class SpeculatorSettingsApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.speculatorSettings` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * `PUT CRM/Speculator/{customerId}/{contactId}/Estate/{estateId}`
   *
   * @param customerId
   * @param contactId
   * @param estateId
   * @param body - The request body.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Speculator-customerId-contactId-Estate-estateId
   */
  updateCrmSpeculatorEstate(
    customerId: string,
    contactId: string,
    estateId: string,
    body: SpeculatorRelation,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Speculator-customerId-contactId-Estate-estateId'],
      { path: [customerId, contactId, estateId], body },
      options,
    );
  }
}
