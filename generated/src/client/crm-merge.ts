import type { MergeContact } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * CRM Merge
 *
 * CRM metoder för sammanslagning av kontakter
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class CrmMergeApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.crmMerge` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * `POST CRM/MergeContact/{customerId}/{targetContactId}/Merge/{contactIds}`
   *
   * @param customerId
   * @param targetContactId
   * @param contactIds
   * @param body - The request body.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-MergeContact-customerId-targetContactId-Merge-contactIds
   */
  mergeContactMerge(
    customerId: string,
    targetContactId: string,
    contactIds: string,
    body: MergeContact,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-MergeContact-customerId-targetContactId-Merge-contactIds'],
      { path: [customerId, targetContactId, contactIds], body },
      options,
    );
  }

  /**
   * Uppdatera sammanslagen kontakt
   *
   * `PUT CRM/MergeContact/{customerId}/{contactId}/Merge`
   *
   * @param customerId - Kund-id
   * @param contactId - Id på kontakt som ska uppdateras
   * @param body - Konakakt information som ska uppateras
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-MergeContact-customerId-contactId-Merge
   */
  updateMergeContactMerge(
    customerId: string,
    contactId: string,
    body: MergeContact,
    options?: RequestOptions,
  ): Promise<MergeContact> {
    return this.#core.call<MergeContact>(
      operations['PUT-CRM-MergeContact-customerId-contactId-Merge'],
      { path: [customerId, contactId], body },
      options,
    );
  }
}
