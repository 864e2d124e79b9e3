import type { FocusArea, Owner, OwnerType } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * FocusArea
 *
 * Focusområden
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class FocusAreaApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.focusArea` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Tar bort alla fokusområden från användaren
   *
   * `DELETE CRM/Focusarea/{customerId}/User/{userId}`
   *
   * @param customerId - Kundid
   * @param userId - AnvändarId
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/DELETE-CRM-Focusarea-customerId-User-userId
   */
  deleteCrmFocusareaUser(customerId: string, userId: string, options?: RequestOptions): Promise<string> {
    return this.#core.call<string>(
      operations['DELETE-CRM-Focusarea-customerId-User-userId'],
      { path: [customerId, userId] },
      options,
    );
  }

  /**
   * Hämtar användare eller kontor vars focusområden innehåller koordinat
   *
   * `GET CRM/Focusarea/{customerId}/{latitude}/{longitude}/Owner`
   *
   * @param customerId - Kundid
   * @param latitude - Latitude WGS84 decimalform
   * @param longitude - Longitud WGS84 decimalform
   * @param query - Query parameters: see {@link FocusAreaCrmFocusareaOwnerQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Focusarea-customerId-latitude-longitude-Owner
   */
  crmFocusareaOwner(
    customerId: string,
    latitude: number,
    longitude: number,
    query?: FocusAreaCrmFocusareaOwnerQuery,
    options?: RequestOptions,
  ): Promise<Owner[]> {
    return this.#core.call<Owner[]>(
      operations['GET-CRM-Focusarea-customerId-latitude-longitude-Owner'],
      { path: [customerId, latitude, longitude], query },
      options,
    );
  }

  /**
   * Uppdaterar användarens focusområden.
   *
   * `POST CRM/Focusarea/{customerId}/User/{userId}`
   *
   * @param customerId - Kundid
   * @param userId - AnvändarId
   * @param body - The request body.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Focusarea-customerId-User-userId
   */
  crmFocusareaUser(
    customerId: string,
    userId: string,
    body: FocusArea,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['POST-CRM-Focusarea-customerId-User-userId'],
      { path: [customerId, userId], body },
      options,
    );
  }
}

/** Query parameters of {@link FocusAreaApi.crmFocusareaOwner}; keys are camelCase, sent as the wire keys noted. */
export interface FocusAreaCrmFocusareaOwnerQuery {
  /**
   * Typ av ägare
   *
   * Query key `ownerType`.
   */
  ownerType?: OwnerType;
}
