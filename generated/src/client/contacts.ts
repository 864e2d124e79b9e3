import type {
  ContactCollection,
  ContactCollectionForSyncList,
  ContactCriteria,
  CustomerContactIds,
  UpdateCompany,
  UpdatePerson,
} from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Contacts
 *
 * Hämtar lista över kontakter. Skapar eller uppdaterar nya kontakter.
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class ContactsApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.contacts` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Hämtar lista av kontaktid med telfonnummer
   *
   * `GET Contacts/GetContactsWithPhonenumber`
   *
   * @param query - Query parameters: see {@link ContactsGetContactsWithPhonenumberQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-Contacts-GetContactsWithPhonenumber
   */
  getContactsWithPhonenumber(
    query: ContactsGetContactsWithPhonenumberQuery,
    options?: RequestOptions,
  ): Promise<CustomerContactIds[]> {
    return this.#core.call<CustomerContactIds[]>(
      operations['GET-Contacts-GetContactsWithPhonenumber'],
      { path: [], query },
      options,
    );
  }

  /**
   * Hämta kontaktlista. För att kunna hämta en kontaktlista så krävs det en giltig API nyckel och ett kundid. Personlistans personer har en lista av önskemål (LookingForAccommodation). Denna lista är ej längre populerad. En persons önskemål får hämtas vi de metoder som är dedikerade till önskemål.
   *
   * `POST Contacts/GetContacts`
   *
   * @param body - Urval
   * @param options - Per-call abort signal and timeout.
   * @returns Hämtar lista över kontakter.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-Contacts-GetContacts
   */
  getContacts(body: ContactCriteria, options?: RequestOptions): Promise<ContactCollection[]> {
    return this.#core.call<ContactCollection[]>(
      operations['POST-Contacts-GetContacts'],
      { path: [], body },
      options,
    );
  }

  /**
   * Hämta kontaktlista. För att kunna hämta en kontaktlista så krävs det en giltig API nyckel och ett kundid.
   *
   * `POST Contacts/GetContactsSyncList`
   *
   * @param body - Urval
   * @param options - Per-call abort signal and timeout.
   * @returns Hämtar lista över kontakters id och ändringsdatum.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-Contacts-GetContactsSyncList
   */
  getContactsSyncList(
    body: ContactCriteria,
    options?: RequestOptions,
  ): Promise<ContactCollectionForSyncList[]> {
    return this.#core.call<ContactCollectionForSyncList[]>(
      operations['POST-Contacts-GetContactsSyncList'],
      { path: [], body },
      options,
    );
  }

  /**
   * Skicka in ny eller uppdatera befintlig företagskontakt. För att kunna uppdatera eller skapa en kontakt så krävs det en giltig API nyckel och ett kundid (Customerld). Finns Contactld (kontaktid) sker kontrollen på detta och alla inskickade fält uppdateras på företaget. Saknas Contactld (kontaktid) sker kontrollen på CorporateHumber (organisationsnummer) och alla övriga fält på företaget uppdateras. Finns ingen av ovanstående fält sker kontrollen på CompanyHame (företagsnamn) och dessutom på SwitchPhone (telefonnummer) eller EmailAddress (Epostadressl). Lämnas dessa fält tomma sker ingen dubblett kontroll men minst en måste skickas in för att identifiera en dubblett. Hittas ingen dubblett skapas ett nytt företag.
   *
   * `POST Contacts/UpdateCompany`
   *
   * @param body - Kontakt
   * @param options - Per-call abort signal and timeout.
   * @returns Skapar en ny eller uppdaterar en befintlig företagskontakt. Dubblettkontroll sker på 1) kontaktid, 2) organisationsnummer, 3) företagsnamn, telefonnummer eller epostadress. Matar man in information i något av ovanstående fält, så fylls övriga fält i automatiskt. Minst ett fält behöver vara ifyllt för att dubblettkontroll ska kunna göras. Om dubblettkontrollen inte hittar en redan befintlig kontakt skapas en ny.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-Contacts-UpdateCompany
   */
  updateCompany(body: UpdateCompany, options?: RequestOptions): Promise<string> {
    return this.#core.call<string>(operations['POST-Contacts-UpdateCompany'], { path: [], body }, options);
  }

  /**
   * Skicka in ny eller uppdatera befintlig kontaktperson. För att kunna uppdatera eller skapa en kontakt så krävs det en giltig API nyckel och ett kundid (Customerld). Finns Contactld (kontaktid) sker kontrollen på detta och alla inskickade fält uppdateras på kontakten. Saknas Contactld (kontaktid) sker kontrollen på SocialSecurityNumber (personummer) och alla övriga fält på konten uppdateras. Finns ingen av ovanstånde fält så sker kontrollen på FirstName (förnamn) och LastName (efternamn) och dessutom på något av telephone (telefonnummer), cellphone (mobilnummer) eller EmailAddress (Epostadress1). Lämnas dessa fält tomma sker ingen dubblett kontroll men minst ett av dessa måste skickas in för att identifiera en dubblett. Hittas ingen dubblett skapas en ny person.
   *
   * `POST Contacts/UpdatePerson`
   *
   * @param body - Kontakt
   * @param options - Per-call abort signal and timeout.
   * @returns Skapar en ny eller uppdaterar en befintlig kontaktperson. Dubblettkontroll sker på 1) kontaktid, 2) personnummer, 3) förnamn och efternamn, och något av telefonnummer, mobilnummer eller epostadress. Matar man in information i något av ovanstående fält, så fylls övriga fält i automatiskt. Minst ett fält behöver vara ifyllt för att dubblettkontroll ska kunna göras. Om dubblettkontrollen inte hittar en redan befintlig kontakt skapas en ny.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-Contacts-UpdatePerson
   */
  updatePerson(body: UpdatePerson, options?: RequestOptions): Promise<string> {
    return this.#core.call<string>(operations['POST-Contacts-UpdatePerson'], { path: [], body }, options);
  }
}

/** Query parameters of {@link ContactsApi.getContactsWithPhonenumber}; keys are camelCase, sent as the wire keys noted. */
export interface ContactsGetContactsWithPhonenumberQuery {
  /**
   * Telefonnummer.
   *
   * Query key `phoneNumber`.
   */
  phoneNumber: string;
  /**
   * Kund-id.
   *
   * Query key `customerId`.
   */
  customerId?: string;
}
