import type { Notification, User } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * User
 *
 * Användarinformation.
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class UserApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.user` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Hämta användarlista för publika användare. För att kunna hämta användarlista så krävs det en giltig API nyckel och ett kundid.
   *
   * `GET User/GetUser`
   *
   * @param query - Query parameters: see {@link UserGetUserQuery}.
   * @param options - Per-call abort signal and timeout.
   * @returns Hämtar lista över publika användare.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-User-GetUser
   */
  getUser(query?: UserGetUserQuery, options?: RequestOptions): Promise<User[]> {
    return this.#core.call<User[]>(operations['GET-User-GetUser'], { path: [], query }, options);
  }

  /**
   * Notifierar användare
   *
   * `POST User/Notify/{customerId}`
   *
   * @param customerId
   * @param body - The request body.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-User-Notify-customerId
   */
  notify(customerId: string, body: Notification, options?: RequestOptions): Promise<boolean> {
    return this.#core.call<boolean>(
      operations['POST-User-Notify-customerId'],
      { path: [customerId], body },
      options,
    );
  }
}

/** Query parameters of {@link UserApi.getUser}; keys are camelCase, sent as the wire keys noted. */
export interface UserGetUserQuery {
  /**
   * Användarid
   *
   * Query key `UserId`.
   */
  userId?: string;
  /**
   * Text som filtrerar på namn eller titel
   *
   * Query key `SearchText`.
   */
  searchText?: string;
  /**
   * Kundid
   *
   * Query key `CustomerId`.
   */
  customerId?: string;
}
