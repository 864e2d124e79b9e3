import type { NewsletterList } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * CRM Newsletter
 *
 * CRM metoder för nyhetsbrev
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class CrmNewsletterApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.crmNewsletter` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Ta bort kontakten från en nyhetsbrevslista
   *
   * `DELETE CRM/Newsletter/{customerId}/NewsletterList/{listId}/{contactId}`
   *
   * @param customerId - Kundid
   * @param listId - Id för nyhetsbrevslistan
   * @param contactId - Kontaktid
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/DELETE-CRM-Newsletter-customerId-NewsletterList-listId-contactId
   */
  deleteNewsletterList(
    customerId: string,
    listId: string,
    contactId: string,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['DELETE-CRM-Newsletter-customerId-NewsletterList-listId-contactId'],
      { path: [customerId, listId, contactId] },
      options,
    );
  }

  /**
   * Hämtar en lista med alla nyhetsbrevslistor
   *
   * `GET CRM/Newsletter/{customerId}/NewsletterLists`
   *
   * @param customerId - Kundid
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Newsletter-customerId-NewsletterLists
   */
  newsletterLists(customerId: string, options?: RequestOptions): Promise<NewsletterList[]> {
    return this.#core.call<NewsletterList[]>(
      operations['GET-CRM-Newsletter-customerId-NewsletterLists'],
      { path: [customerId] },
      options,
    );
  }

  /**
   * Lägg till kontakten i nyhetsbrevslistan.
   *
   * `POST CRM/Newsletter/{customerId}/NewsletterList/{listId}/{contactId}`
   *
   * @param customerId - Kund-id.
   * @param listId - Id för nyhetsbrevslistan
   * @param contactId - Kontaktid.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Newsletter-customerId-NewsletterList-listId-contactId
   */
  newsletterList(
    customerId: string,
    listId: string,
    contactId: string,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['POST-CRM-Newsletter-customerId-NewsletterList-listId-contactId'],
      { path: [customerId, listId, contactId] },
      options,
    );
  }
}
