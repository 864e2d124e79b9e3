import type {
  SearchProfileCommercialCreate,
  SearchProfileCommercialUpdate,
  SearchProfileFarmCreate,
  SearchProfileFarmUpdate,
  SearchProfileForeignCreate,
  SearchProfileForeignUpdate,
  SearchProfilePremisesCreate,
  SearchProfilePremisesUpdate,
  SearchProfileResidentialCreate,
  SearchProfileResidentialUpdate,
  SearchProfiles,
  SearchProfilesInfo,
} from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Searchprofiles
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class SearchprofilesApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.searchprofiles` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Radera en kontakts sökprofil
   *
   * `DELETE CRM/Contact/{customerId}/SearchProfile/{id}`
   *
   * @param customerId - Kundid
   * @param id - Sökprofilens id
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/DELETE-CRM-Contact-customerId-SearchProfile-id
   */
  deleteCrmContactSearchProfile(customerId: string, id: string, options?: RequestOptions): Promise<void> {
    return this.#core.call<void>(
      operations['DELETE-CRM-Contact-customerId-SearchProfile-id'],
      { path: [customerId, id] },
      options,
    );
  }

  /**
   * Radera en kontakts samtliga sökprofiler av samtliga typer
   *
   * `DELETE CRM/Contact/{customerId}/SearchProfiles/{contactId}`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktens id
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/DELETE-CRM-Contact-customerId-SearchProfiles-contactId
   */
  deleteCrmContactSearchProfiles(
    customerId: string,
    contactId: string,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['DELETE-CRM-Contact-customerId-SearchProfiles-contactId'],
      { path: [customerId, contactId] },
      options,
    );
  }

  /**
   * Hämtar undertyper och giltiga värden för sökprofiler
   *
   * `GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues`
   *
   * @param customerId - Kundid
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-SearchProfile-SearchProfileValues
   */
  crmContactSearchProfileSearchProfileValues(
    customerId: string,
    options?: RequestOptions,
  ): Promise<SearchProfilesInfo> {
    return this.#core.call<SearchProfilesInfo>(
      operations['GET-CRM-Contact-customerId-SearchProfile-SearchProfileValues'],
      { path: [customerId] },
      options,
    );
  }

  /**
   * Hämtar en kontakts sökprofiler
   *
   * `GET CRM/Contact/{customerId}/SearchProfile/{contactId}/{searchprofileId}`
   *
   * @param customerId - Kundid
   * @param contactId - Kriterie
   * @param searchprofileId - Sökprofilens id. Utelämna för att få kontaktens samtliga profiler.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-SearchProfile-contactId-searchprofileId
   */
  crmContactSearchProfile(
    customerId: string,
    contactId: string,
    searchprofileId: string,
    options?: RequestOptions,
  ): Promise<SearchProfiles> {
    return this.#core.call<SearchProfiles>(
      operations['GET-CRM-Contact-customerId-SearchProfile-contactId-searchprofileId'],
      { path: [customerId, contactId, searchprofileId] },
      options,
    );
  }

  /**
   * Skapa en sökprofil av typen kommersiell fastighet
   *
   * `POST CRM/Contact/{customerId}/SearchProfile/Commercial/{contactId}`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktid
   * @param body - Sökprofilen
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Commercial-contactId
   */
  crmContactSearchProfileCommercial(
    customerId: string,
    contactId: string,
    body: SearchProfileCommercialCreate,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Contact-customerId-SearchProfile-Commercial-contactId'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Skapa en sökprofil av typen gård
   *
   * `POST CRM/Contact/{customerId}/SearchProfile/Farm/{contactId}`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktid
   * @param body - Sökprofilen
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Farm-contactId
   */
  crmContactSearchProfileFarm(
    customerId: string,
    contactId: string,
    body: SearchProfileFarmCreate,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Contact-customerId-SearchProfile-Farm-contactId'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Skapa en sökprofil av typen utlandsbostad
   *
   * `POST CRM/Contact/{customerId}/SearchProfile/Foreign/{contactId}`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktid
   * @param body - Sökprofilen
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Foreign-contactId
   */
  crmContactSearchProfileForeign(
    customerId: string,
    contactId: string,
    body: SearchProfileForeignCreate,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Contact-customerId-SearchProfile-Foreign-contactId'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Skapa en sökprofil av typen lokal
   *
   * `POST CRM/Contact/{customerId}/SearchProfile/Premises/{contactId}`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktid
   * @param body - Sökprofilen
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Premises-contactId
   */
  crmContactSearchProfilePremises(
    customerId: string,
    contactId: string,
    body: SearchProfilePremisesCreate,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Contact-customerId-SearchProfile-Premises-contactId'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Skapa en sökprofil av typen boende(villa, lägenhet, tomt, radhus, fritidshus)
   *
   * `POST CRM/Contact/{customerId}/SearchProfile/Residential/{contactId}`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktid
   * @param body - Sökprofilen
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Residential-contactId
   */
  crmContactSearchProfileResidential(
    customerId: string,
    contactId: string,
    body: SearchProfileResidentialCreate,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Contact-customerId-SearchProfile-Residential-contactId'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Uppdatera en sökprofil av typen kommersiell fastighet
   *
   * `PUT CRM/Contact/{customerId}/SearchProfile/Commercial/{id}`
   *
   * @param customerId - Kundid
   * @param id - Sökprofilens id
   * @param body - Sökprofil
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Commercial-id
   */
  updateCrmContactSearchProfileCommercial(
    customerId: string,
    id: string,
    body: SearchProfileCommercialUpdate,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Contact-customerId-SearchProfile-Commercial-id'],
      { path: [customerId, id], body },
      options,
    );
  }

  /**
   * Förläng en kontakts samtliga sökprofilers giltighetsdatum
   *
   * `PUT CRM/Contact/{customerId}/SearchProfile/Extend/{contactId}`
   *
   * @param customerId - Kundid
   * @param contactId - Kriterie
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Extend-contactId
   */
  updateCrmContactSearchProfileExtend(
    customerId: string,
    contactId: string,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Contact-customerId-SearchProfile-Extend-contactId'],
      { path: [customerId, contactId] },
      options,
    );
  }

  /**
   * Uppdatera en sökprofil av typen gård
   *
   * `PUT CRM/Contact/{customerId}/SearchProfile/Farm/{id}`
   *
   * @param customerId - Kundid
   * @param id - Sökprofilens id
   * @param body - Sökprofil
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Farm-id
   */
  updateCrmContactSearchProfileFarm(
    customerId: string,
    id: string,
    body: SearchProfileFarmUpdate,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Contact-customerId-SearchProfile-Farm-id'],
      { path: [customerId, id], body },
      options,
    );
  }

  /**
   * Uppdatera en sökprofil av typen utlandsbostad
   *
   * `PUT CRM/Contact/{customerId}/SearchProfile/Foreign/{id}`
   *
   * @param customerId - Kundid
   * @param id - Sökprofilens id
   * @param body - Sökprofil
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Foreign-id
   */
  updateCrmContactSearchProfileForeign(
    customerId: string,
    id: string,
    body: SearchProfileForeignUpdate,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Contact-customerId-SearchProfile-Foreign-id'],
      { path: [customerId, id], body },
      options,
    );
  }

  /**
   * Uppdatera en sökprofil av typen lokal
   *
   * `PUT CRM/Contact/{customerId}/SearchProfile/Premises/{id}`
   *
   * @param customerId - Kundid
   * @param id - Sökprofilens id
   * @param body - Sökprofil
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Premises-id
   */
  updateCrmContactSearchProfilePremises(
    customerId: string,
    id: string,
    body: SearchProfilePremisesUpdate,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Contact-customerId-SearchProfile-Premises-id'],
      { path: [customerId, id], body },
      options,
    );
  }

  /**
   * Uppdatera en sökprofil av typen boende(villa, lägenhet, tomt, radhus, fritidshus)
   *
   * `PUT CRM/Contact/{customerId}/SearchProfile/Residential/{id}`
   *
   * @param customerId - Kundid
   * @param id - Sökprofilens id
   * @param body - Sökprofil
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Residential-id
   */
  updateCrmContactSearchProfileResidential(
    customerId: string,
    id: string,
    body: SearchProfileResidentialUpdate,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Contact-customerId-SearchProfile-Residential-id'],
      { path: [customerId, id], body },
      options,
    );
  }
}
