import type { BuyerEconomy, LoanPromise } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * BuyerSettings
 *
 * CRM metoder för en köpare
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class BuyerSettingsApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.buyerSettings` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Bank- och försäkringsppgifter
   *
   * `GET CRM/Buyer/{customerId}/{contactId}/Estate/{estateId}/Economy`
   *
   * @param customerId
   * @param contactId
   * @param estateId
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Buyer-customerId-contactId-Estate-estateId-Economy
   */
  crmBuyerEstateEconomy(
    customerId: string,
    contactId: string,
    estateId: string,
    options?: RequestOptions,
  ): Promise<BuyerEconomy> {
    return this.#core.call<BuyerEconomy>(
      operations['GET-CRM-Buyer-customerId-contactId-Estate-estateId-Economy'],
      { path: [customerId, contactId, estateId] },
      options,
    );
  }

  /**
   * Lånelöfte
   *
   * `POST CRM/Buyer/{customerId}/{contactId}/LoanPromise`
   *
   * @param customerId
   * @param contactId
   * @param body - The request body.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Buyer-customerId-contactId-LoanPromise
   */
  crmBuyerLoanPromise(
    customerId: string,
    contactId: string,
    body: LoanPromise,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Buyer-customerId-contactId-LoanPromise'],
      { path: [customerId, contactId], body },
      options,
    );
  }
}
