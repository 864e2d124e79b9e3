import type { Note, SimpleNote } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Note
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class NoteApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.note` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Hämtar lista av anteckningar för en kontakt
   *
   * `GET Note/{customerId}/GetNotes`
   *
   * @param customerId - Kund-id
   * @param query - Query parameters: see {@link NoteGetNotesQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-Note-customerId-GetNotes
   */
  getNotes(customerId: string, query: NoteGetNotesQuery, options?: RequestOptions): Promise<SimpleNote[]> {
    return this.#core.call<SimpleNote[]>(
      operations['GET-Note-customerId-GetNotes'],
      { path: [customerId], query },
      options,
    );
  }

  /**
   * Sparar en anteckning
   *
   * `POST Note/{customerId}`
   *
   * @param customerId
   * @param body - The request body.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-Note-customerId
   */
  create(customerId: string, body: Note, options?: RequestOptions): Promise<void> {
    return this.#core.call<void>(operations['POST-Note-customerId'], { path: [customerId], body }, options);
  }
}

/** Query parameters of {@link NoteApi.getNotes}; keys are camelCase, sent as the wire keys noted. */
export interface NoteGetNotesQuery {
  /**
   * kontaktId
   *
   * Query key `contactId`.
   */
  contactId: string;
}
