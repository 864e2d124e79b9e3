import type { OfficeGroup } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Officegroups
 *
 * Kontorsgrupper
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class OfficegroupsApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.officegroups` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Hämta kontorsgrupper
   *
   * `GET CRM/Officegroups/{customerId}`
   *
   * @param customerId - Kundid
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Officegroups-customerId
   */
  crmOfficegroups(customerId: string, options?: RequestOptions): Promise<OfficeGroup[]> {
    return this.#core.call<OfficeGroup[]>(
      operations['GET-CRM-Officegroups-customerId'],
      { path: [customerId] },
      options,
    );
  }
}
