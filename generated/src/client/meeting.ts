import type { AssignmentMeeting, Comeback, Meeting, MeetingCreateria } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Meeting
 *
 * Resurser för möten
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class MeetingApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.meeting` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Hämtar ett bokat möte
   *
   * `GET Meeting/{customerId}/{id}`
   *
   * @param customerId - Kund-id
   * @param id - Mötets id
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-Meeting-customerId-id
   */
  get(customerId: string, id: string, options?: RequestOptions): Promise<Meeting> {
    return this.#core.call<Meeting>(
      operations['GET-Meeting-customerId-id'],
      { path: [customerId, id] },
      options,
    );
  }

  /**
   * Boka intagsmöte
   *
   * `POST Meeting/Assignment/{customerId}/{estateId}`
   *
   * @param customerId - Kundid
   * @param estateId - Objektid
   * @param body - Intagsmöte
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-Meeting-Assignment-customerId-estateId
   */
  assignment(
    customerId: string,
    estateId: string,
    body: AssignmentMeeting,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-Meeting-Assignment-customerId-estateId'],
      { path: [customerId, estateId], body },
      options,
    );
  }

  /**
   * Skapa återkomst
   *
   * `POST Meeting/Comeback/{customerId}/{contactId}`
   *
   * @param customerId - Kundid
   * @param contactId - Id på kontakt
   * @param body - Återkomst
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-Meeting-Comeback-customerId-contactId
   */
  comeback(customerId: string, contactId: string, body: Comeback, options?: RequestOptions): Promise<string> {
    return this.#core.call<string>(
      operations['POST-Meeting-Comeback-customerId-contactId'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Hämtar bokade möten.
   *
   * `POST Meeting/GetMeetings`
   *
   * @param body - Urval
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-Meeting-GetMeetings
   */
  getMeetings(body: MeetingCreateria, options?: RequestOptions): Promise<Meeting[]> {
    return this.#core.call<Meeting[]>(operations['POST-Meeting-GetMeetings'], { path: [], body }, options);
  }
}
