import type { CustomerSatisfactionSurvey } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Customer Satisfaction
 *
 * Hantering av kundundersökningar
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class CustomerSatisfactionApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.customerSatisfaction` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Sparar ett enkätsvar som visar hur nöjd en kund utifrån rollen som visningsdeltagare, säljare eller köpare var med handläggarens arbete.
   *
   * `POST CRM/Estate/{customerId}/{estateId}/CustomerSatisfaction`
   *
   * @param customerId - Kundid
   * @param estateId - Id för objekt kopplat till den affär som enkätsvaret avser
   * @param body - Innehåller uppgifter om kundens enkätsvar
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Estate-customerId-estateId-CustomerSatisfaction
   */
  crmEstateCustomerSatisfaction(
    customerId: string,
    estateId: string,
    body: CustomerSatisfactionSurvey,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['POST-CRM-Estate-customerId-estateId-CustomerSatisfaction'],
      { path: [customerId, estateId], body },
      options,
    );
  }
}
