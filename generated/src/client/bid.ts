import type { Bid, BidData } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Bid
 *
 * Bud
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class BidApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.bid` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Annulera ett bud
   *
   * `DELETE CRM/Bid/{customerId}/{id}`
   *
   * @param customerId - Kundid
   * @param id - Budid
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/DELETE-CRM-Bid-customerId-id
   */
  deleteCrmBid(customerId: string, id: string, options?: RequestOptions): Promise<boolean> {
    return this.#core.call<boolean>(
      operations['DELETE-CRM-Bid-customerId-id'],
      { path: [customerId, id] },
      options,
    );
  }

  /**
   * Hämta information om synliga bud kopplat till en budgivare och/eller bostad.
   *
   * `GET CRM/Bids/{customerId}`
   *
   * @param customerId - Kundid
   * @param query - Query parameters: see {@link BidCrmBidsQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Bids-customerId
   */
  crmBids(customerId: string, query?: BidCrmBidsQuery, options?: RequestOptions): Promise<Bid[]> {
    return this.#core.call<Bid[]>(
      operations['GET-CRM-Bids-customerId'],
      { path: [customerId], query },
      options,
    );
  }

  /**
   * Metod för att lägga bud på en bostad.
   *
   * `POST CRM/Bid/{customerId}/{estateId}/{contactId}`
   *
   * @param customerId - Kundid
   * @param estateId - Bostadsid
   * @param contactId - KontaktId
   * @param body - Buddata
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Bid-customerId-estateId-contactId
   */
  crmBid(
    customerId: string,
    estateId: string,
    contactId: string,
    body: BidData,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Bid-customerId-estateId-contactId'],
      { path: [customerId, estateId, contactId], body },
      options,
    );
  }
}

/** Query parameters of {@link BidApi.crmBids}; keys are camelCase, sent as the wire keys noted. */
export interface BidCrmBidsQuery {
  /**
   * Bostadsid
   *
   * Query key `EstateId`.
   */
  estateId?: string;
  /**
   * Kontaktid
   *
   * Query key `ContactId`.
   */
  contactId?: string;
}
