import type {
  ContactScheduledOrderType,
  CrmCompanyContact,
  CrmContactLead,
  CrmContactList,
  CrmContactSearchList,
  CrmContactSearching,
  CrmDeceasedEstateContact,
  CrmPersonContact,
  CrmPersonNewAddress,
  CrmPresentAccomodation,
  CrmPresentAccomodationStatistics,
  CrmVerifyPerson,
  ExternalSearchProfileData,
  Search_CrmContactSearchList,
} from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * CRM Kontakter
 *
 * CRM metoder för en kontakt
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class CrmKontakterApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.crmKontakter` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Ta bort en kategori från en kontakt.
   *
   * `DELETE CRM/Contact/{customerId}/{contactId}/Category/{id}`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktid
   * @param id - Kategori id
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/DELETE-CRM-Contact-customerId-contactId-Category-id
   */
  deleteContactCategory(
    customerId: string,
    contactId: string,
    id: string,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['DELETE-CRM-Contact-customerId-contactId-Category-id'],
      { path: [customerId, contactId, id] },
      options,
    );
  }

  /**
   * Ta bort information om en sökprofil hos extern partner för kontakt
   *
   * `DELETE CRM/Contact/{customerId}/{contactId}/SearchProfile/External`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktid
   * @param query - Query parameters: see {@link CrmKontakterDeleteContactSearchProfileExternalQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/DELETE-CRM-Contact-customerId-contactId-SearchProfile-External
   */
  deleteContactSearchProfileExternal(
    customerId: string,
    contactId: string,
    query: CrmKontakterDeleteContactSearchProfileExternalQuery,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['DELETE-CRM-Contact-customerId-contactId-SearchProfile-External'],
      { path: [customerId, contactId], query },
      options,
    );
  }

  /**
   * Hämta lista av kontakter som matchar ett kriterie.
   *
   * `GET CRM/Contact/{customerId}`
   *
   * @param customerId - Kund-id.
   * @param query - Query parameters: see {@link CrmKontakterGetContactByCustomerIdQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId
   */
  getContactByCustomerId(
    customerId: string,
    query?: CrmKontakterGetContactByCustomerIdQuery,
    options?: RequestOptions,
  ): Promise<CrmContactList> {
    return this.#core.call<CrmContactList>(
      operations['GET-CRM-Contact-customerId'],
      { path: [customerId], query },
      options,
    );
  }

  /**
   * Hämta lista utav företagskontakter, max 20 stycken åt gången. Om fler än 5 kontakt-ID:n anges, ska de skickas som query-parametrar.
   *
   * `GET CRM/Contact/{customerId}/Company`
   *
   * @param customerId - Kund-id.
   * @param query - Query parameters: see {@link CrmKontakterContactCompanyQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-Company
   */
  contactCompany(
    customerId: string,
    query: CrmKontakterContactCompanyQuery,
    options?: RequestOptions,
  ): Promise<CrmCompanyContact[]> {
    return this.#core.call<CrmCompanyContact[]>(
      operations['GET-CRM-Contact-customerId-Company'],
      { path: [customerId], query },
      options,
    );
  }

  /**
   * Hämta statistik gällande lämnarinfo för spekulanter på sålda objekt
   *
   * `GET CRM/Contact/{customerId}/PresentAccomodation/Statistics`
   *
   * @param customerId - Kund-id.
   * @param query - Query parameters: see {@link CrmKontakterContactPresentAccomodationStatisticsQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-PresentAccomodation-Statistics
   */
  contactPresentAccomodationStatistics(
    customerId: string,
    query?: CrmKontakterContactPresentAccomodationStatisticsQuery,
    options?: RequestOptions,
  ): Promise<CrmPresentAccomodationStatistics> {
    return this.#core.call<CrmPresentAccomodationStatistics>(
      operations['GET-CRM-Contact-customerId-PresentAccomodation-Statistics'],
      { path: [customerId], query },
      options,
    );
  }

  /**
   * Fritextsökning (Namn, personnummer, e-postadress, telefonnummer etc).
   *
   * `GET CRM/Contact/{customerId}/Search`
   *
   * @param customerId - Kund-id
   * @param query - Query parameters: see {@link CrmKontakterContactSearchQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-Search
   */
  contactSearch(
    customerId: string,
    query: CrmKontakterContactSearchQuery,
    options?: RequestOptions,
  ): Promise<CrmContactSearchList> {
    return this.#core.call<CrmContactSearchList>(
      operations['GET-CRM-Contact-customerId-Search'],
      { path: [customerId], query },
      options,
    );
  }

  /**
   * Hämta kontakt
   *
   * `GET CRM/Contact/{customerId}/{contactId}`
   *
   * @param customerId - Kund-id.
   * @param contactId - Kontaktid.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-contactId
   */
  getContactByCustomerIdAndContactId(
    customerId: string,
    contactId: string,
    options?: RequestOptions,
  ): Promise<CrmCompanyContact | CrmPersonContact | CrmDeceasedEstateContact> {
    return this.#core.call<CrmCompanyContact | CrmPersonContact | CrmDeceasedEstateContact>(
      operations['GET-CRM-Contact-customerId-contactId'],
      { path: [customerId, contactId] },
      options,
    );
  }

  /**
   * Hämta info om leads för en kontakt.
   *
   * `GET CRM/Contact/{customerId}/{contactId}/{objectLeadType}/{contactLeadType}/{logLeadType}/{outgoingLeadType}/Lead`
   *
   * @param customerId - Kund-id.
   * @param contactId - Kontaktid.
   * @param objectLeadType - ObjectLeadType.
   * @param contactLeadType - ContactLeadType.
   * @param logLeadType - LogLeadType.
   * @param outgoingLeadType - OutgoingLeadType.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-contactId-objectLeadType-contactLeadType-logLeadType-outgoingLeadType-Lead
   */
  contactLead(
    customerId: string,
    contactId: string,
    objectLeadType: boolean,
    contactLeadType: boolean,
    logLeadType: boolean,
    outgoingLeadType: boolean,
    options?: RequestOptions,
  ): Promise<CrmContactLead> {
    return this.#core.call<CrmContactLead>(
      operations[
        'GET-CRM-Contact-customerId-contactId-objectLeadType-contactLeadType-logLeadType-outgoingLeadType-Lead'
      ],
      { path: [customerId, contactId, objectLeadType, contactLeadType, logLeadType, outgoingLeadType] },
      options,
    );
  }

  /**
   * Hämta lista utav kontakter, max 20 stycken åt gången.
   *
   * `GET CRM/Contact/{customerId}/{contactIds}`
   *
   * @param customerId - Kund-id.
   * @param contactIds - Kontaktidn (kommaseparerade, max 20 stycken).
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-contactIds
   */
  getContactByCustomerIdAndContactIds(
    customerId: string,
    contactIds: string,
    options?: RequestOptions,
  ): Promise<Array<CrmCompanyContact | CrmPersonContact | CrmDeceasedEstateContact>> {
    return this.#core.call<Array<CrmCompanyContact | CrmPersonContact | CrmDeceasedEstateContact>>(
      operations['GET-CRM-Contact-customerId-contactIds'],
      { path: [customerId, contactIds] },
      options,
    );
  }

  /**
   * Sökning på personnummer eller organisationsnummer.
   *
   * `GET CRM/Contact/{customerId}/search/SocialNumber`
   *
   * @param customerId - Kund-id
   * @param query - Query parameters: see {@link CrmKontakterContactSearchSocialNumberQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-search-SocialNumber
   */
  contactSearchSocialNumber(
    customerId: string,
    query: CrmKontakterContactSearchSocialNumberQuery,
    options?: RequestOptions,
  ): Promise<Search_CrmContactSearchList> {
    return this.#core.call<Search_CrmContactSearchList>(
      operations['GET-CRM-Contact-customerId-search-SocialNumber'],
      { path: [customerId], query },
      options,
    );
  }

  /**
   * Nuvarande boende för en kontakt.
   *
   * `POST CRM/Contact/{customerId}/PresentAccomodation/{contactId}`
   *
   * @param customerId - Kund-id.
   * @param contactId - Kontaktid.
   * @param body - Nuvarande boende
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-PresentAccomodation-contactId
   */
  contactPresentAccomodation(
    customerId: string,
    contactId: string,
    body: CrmPresentAccomodation,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Contact-customerId-PresentAccomodation-contactId'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Uppdatera personens nya adress.
   *
   * `POST CRM/Contact/{customerId}/{contactId}/NewAddress`
   *
   * @param customerId - Kund-id.
   * @param contactId - Kontaktid.
   * @param body - Kontaktens nya adress
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-contactId-NewAddress
   */
  contactNewAddress(
    customerId: string,
    contactId: string,
    body: CrmPersonNewAddress,
    options?: RequestOptions,
  ): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Contact-customerId-contactId-NewAddress'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Ange att personen är verifierad via t ex BankId.
   *
   * `POST CRM/Contact/{customerId}/{contactId}/Verify`
   *
   * @param customerId - Kund-id.
   * @param contactId - Kontaktid.
   * @param body - Kontaktens verifieringsuppgifter
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-contactId-Verify
   */
  contactVerify(
    customerId: string,
    contactId: string,
    body: CrmVerifyPerson,
    options?: RequestOptions,
  ): Promise<boolean> {
    return this.#core.call<boolean>(
      operations['POST-CRM-Contact-customerId-contactId-Verify'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Avregistrera utskick
   *
   * `PUT CRM/Contact/{customerId}/{contactId}/OptOut`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktid
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-contactId-OptOut
   */
  updateContactOptOut(customerId: string, contactId: string, options?: RequestOptions): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Contact-customerId-contactId-OptOut'],
      { path: [customerId, contactId] },
      options,
    );
  }

  /**
   * Skapa/uppdatera information om sökprofil hos extern partner för kontakt
   *
   * `PUT CRM/Contact/{customerId}/{contactId}/SearchProfile/External`
   *
   * @param customerId - Kundid
   * @param contactId - Kontaktid
   * @param body - The request body.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-contactId-SearchProfile-External
   */
  updateContactSearchProfileExternal(
    customerId: string,
    contactId: string,
    body: ExternalSearchProfileData,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Contact-customerId-contactId-SearchProfile-External'],
      { path: [customerId, contactId], body },
      options,
    );
  }

  /**
   * Ska kontaktens sökprofiler matchas
   *
   * `PUT CRM/Contact/{customerId}/{contactId}/Searching`
   *
   * @param customerId - kund-id
   * @param contactId - Kontaktid.
   * @param body - Data
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-contactId-Searching
   */
  updateContactSearching(
    customerId: string,
    contactId: string,
    body: CrmContactSearching,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Contact-customerId-contactId-Searching'],
      { path: [customerId, contactId], body },
      options,
    );
  }
}

/** Query parameters of {@link CrmKontakterApi.deleteContactSearchProfileExternal}; keys are camelCase, sent as the wire keys noted. */
export interface CrmKontakterDeleteContactSearchProfileExternalQuery {
  /**
   * Externt id på sökprofilen
   *
   * Query key `externalId`.
   */
  externalId: string;
}

/** Query parameters of {@link CrmKontakterApi.getContactByCustomerId}; keys are camelCase, sent as the wire keys noted. */
export interface CrmKontakterGetContactByCustomerIdQuery {
  /**
   * Urval på användareid
   *
   * Query key `AgentId`.
   */
  agentId?: string;
  /**
   * Skapad från och med
   *
   * Query key `CreatedAtFrom`.
   */
  createdAtFrom?: string;
  /**
   * Skapad till och med
   *
   * Query key `CreatedAtTo`.
   */
  createdAtTo?: string;
  /**
   * Ändrad från och med
   *
   * Query key `ChangedAtFrom`.
   */
  changedAtFrom?: string;
  /**
   * Ändrad till och med
   *
   * Query key `ChangedAtTo`.
   */
  changedAtTo?: string;
  /**
   * Egendefinerat fältnamn
   *
   * Query key `CustomFieldName`.
   */
  customFieldName?: string;
  /**
   * Egendefinerat fältvärde
   *
   * Query key `CustomFieldValue`.
   */
  customFieldValue?: string;
  /**
   * Antal lead score stjärnor
   *
   * Query key `LeadScore`.
   */
  leadScore?: number;
  /**
   * Typ av aktiv tjänst på kontakten
   *
   * Query key `ContactScheduledOrderType`.
   */
  contactScheduledOrderType?: ContactScheduledOrderType;
  /**
   * Nyhetsbrevslista kontakten tillhör
   *
   * Query key `NewsletterListId`.
   */
  newsletterListId?: string;
}

/** Query parameters of {@link CrmKontakterApi.contactCompany}; keys are camelCase, sent as the wire keys noted. */
export interface CrmKontakterContactCompanyQuery {
  /**
   * Kontaktidn (kommaseparerade, max 20 stycken).
   *
   * Query key `contactIds`.
   */
  contactIds: string;
}

/** Query parameters of {@link CrmKontakterApi.contactPresentAccomodationStatistics}; keys are camelCase, sent as the wire keys noted. */
export interface CrmKontakterContactPresentAccomodationStatisticsQuery {
  /**
   * Användar-id
   *
   * Query key `userId`.
   */
  userId?: string;
  /**
   * Datum från
   *
   * Query key `dateFrom`.
   */
  dateFrom?: string;
  /**
   * Datum till
   *
   * Query key `dateTo`.
   */
  dateTo?: string;
}

/** Query parameters of {@link CrmKontakterApi.contactSearch}; keys are camelCase, sent as the wire keys noted. */
export interface CrmKontakterContactSearchQuery {
  /**
   * Namn, personnummer, e-postadress, telefonnummer etc
   *
   * Query key `Term`.
   *
   * @minLength 5
   */
  term: string;
  /**
   * Max resultat, default är 50 och max är 1 000
   *
   * Query key `MaxSize`.
   */
  maxSize?: number;
}

/** Query parameters of {@link CrmKontakterApi.contactSearchSocialNumber}; keys are camelCase, sent as the wire keys noted. */
export interface CrmKontakterContactSearchSocialNumberQuery {
  /**
   * Personnummer, Organisationsnummer
   *
   * Query key `SocialNumber`.
   *
   * @minLength 10
   * @maxLength 13
   */
  socialNumber: string;
  /**
   * Max resultat, default är 50 och max är 1 000
   *
   * Query key `MaxSize`.
   */
  maxSize?: number;
}
