import type { Office } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Office
 *
 * Information om mäklarkontoret.
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class OfficeApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.office` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * För att kunna hämta företagen så krävs det en giltig API nyckel och ett kundid.
   *
   * `GET Office/GetOffice`
   *
   * @param query - Query parameters: see {@link OfficeGetOfficeQuery}.
   * @param options - Per-call abort signal and timeout.
   * @returns Hämtar företag. Hämtar information om mäklarkontoret.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-Office-GetOffice
   */
  getOffice(query: OfficeGetOfficeQuery, options?: RequestOptions): Promise<Office[]> {
    return this.#core.call<Office[]>(operations['GET-Office-GetOffice'], { path: [], query }, options);
  }
}

/** Query parameters of {@link OfficeApi.getOffice}; keys are camelCase, sent as the wire keys noted. */
export interface OfficeGetOfficeQuery {
  /**
   * Unik identifierare på butiken
   *
   * Query key `OfficeId`.
   */
  officeId?: string;
  /**
   * Kontorsid
   *
   * Query key `CustomerId`.
   */
  customerId: string;
  /**
   * Gruppid
   *
   * Query key `GroupId`.
   */
  groupId?: string;
}
