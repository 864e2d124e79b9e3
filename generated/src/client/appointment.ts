import type { Appointment } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Appointment
 *
 * Kalenderhändeler
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class AppointmentApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.appointment` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Skapa kalenderhändelse
   *
   * `POST Appointment/{customerId}/{id}`
   *
   * @param customerId - Kund-id
   * @param id - Id på användaren
   * @param body - Kalenderhändelse
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-Appointment-customerId-id
   */
  create(customerId: string, id: string, body: Appointment, options?: RequestOptions): Promise<string> {
    return this.#core.call<string>(
      operations['POST-Appointment-customerId-id'],
      { path: [customerId, id], body },
      options,
    );
  }
}
