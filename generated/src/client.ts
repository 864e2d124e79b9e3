import { AppointmentApi } from './client/appointment.js';
import { BidApi } from './client/bid.js';
import { BuyerSettingsApi } from './client/buyer-settings.js';
import { CategoryApi } from './client/category.js';
import { ContactsApi } from './client/contacts.js';
import { CrmKontakterApi } from './client/crm-kontakter.js';
import { CrmMergeApi } from './client/crm-merge.js';
import { CrmNewsletterApi } from './client/crm-newsletter.js';
import { CrmOfficeApi } from './client/crm-office.js';
import { CrmSubOfficeApi } from './client/crm-sub-office.js';
import { CustomFieldApi } from './client/custom-field.js';
import { CustomerSatisfactionApi } from './client/customer-satisfaction.js';
import { FocusAreaApi } from './client/focus-area.js';
import { ImageApi } from './client/image.js';
import { IncreasedRequirementsApi } from './client/increased-requirements.js';
import { MeetingApi } from './client/meeting.js';
import { NoteApi } from './client/note.js';
import { OfficeApi } from './client/office.js';
import { OfficegroupsApi } from './client/officegroups.js';
import { ReportApi } from './client/report.js';
import { SearchprofilesApi } from './client/searchprofiles.js';
import { SellerSettingsApi } from './client/seller-settings.js';
import { SpeculatorSettingsApi } from './client/speculator-settings.js';
import { TaskApi } from './client/task.js';
import { UserApi } from './client/user.js';
import { UsergroupsApi } from './client/usergroups.js';
import { type ClientOptions, HttpCore } from './runtime/index.js';
import { schemas } from './schemas.js';

/**
 * The Vitec Connect API. One property per group of the help pages, one method per operation.
 *
 * ```ts
 * const client = new VitecClient({ username, password });
 * await client.appointment.…
 * ```
 */
export class VitecClient {
  /**
   * Appointment
   *
   * Kalenderhändeler
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly appointment: AppointmentApi;
  /**
   * Bid
   *
   * Bud
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly bid: BidApi;
  /**
   * BuyerSettings
   *
   * CRM metoder för en köpare
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly buyerSettings: BuyerSettingsApi;
  /**
   * CRM Kontakter
   *
   * CRM metoder för en kontakt
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly crmKontakter: CrmKontakterApi;
  /**
   * CRM Merge
   *
   * CRM metoder för sammanslagning av kontakter
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly crmMerge: CrmMergeApi;
  /**
   * CRM Newsletter
   *
   * CRM metoder för nyhetsbrev
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly crmNewsletter: CrmNewsletterApi;
  /**
   * Category
   *
   * Hämtar kategorier
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly category: CategoryApi;
  /**
   * Contacts
   *
   * Hämtar lista över kontakter. Skapar eller uppdaterar nya kontakter.
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly contacts: ContactsApi;
  /**
   * CrmOffice
   *
   * CRM metoder för kontor
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly crmOffice: CrmOfficeApi;
  /**
   * CrmSubOffice
   *
   * Underkontor
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly crmSubOffice: CrmSubOfficeApi;
  /**
   * CustomField
   *
   * Hämtar egendefinerade fält.
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly customField: CustomFieldApi;
  /**
   * Customer Satisfaction
   *
   * Hantering av kundundersökningar
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly customerSatisfaction: CustomerSatisfactionApi;
  /**
   * FocusArea
   *
   * Focusområden
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly focusArea: FocusAreaApi;
  /**
   * Image
   *
   * Bilder
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly image: ImageApi;
  /**
   * IncreasedRequirements
   *
   * Utökade krav
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly increasedRequirements: IncreasedRequirementsApi;
  /**
   * Meeting
   *
   * Resurser för möten
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly meeting: MeetingApi;
  /**
   * Note
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly note: NoteApi;
  /**
   * Office
   *
   * Information om mäklarkontoret.
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly office: OfficeApi;
  /**
   * Officegroups
   *
   * Kontorsgrupper
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly officegroups: OfficegroupsApi;
  /**
   * Report
   *
   * Rapporter
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly report: ReportApi;
  /**
   * Searchprofiles
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly searchprofiles: SearchprofilesApi;
  /**
   * SellerSettings
   *
   * CRM metoder för en säljare
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly sellerSettings: SellerSettingsApi;
  /**
   * SpeculatorSettings
   *
   * CRM metoder för en spekulant
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly speculatorSettings: SpeculatorSettingsApi;
  /**
   * Task
   *
   * Används för att hämta uppgifter
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly task: TaskApi;
  /**
   * User
   *
   * Användarinformation.
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly user: UserApi;
  /**
   * Usergroups
   *
   * Användargrupper
   *
   * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
   */
  readonly usergroups: UsergroupsApi;

  /** Requests go to `https://connect.maklare.vitec.net` unless `options.baseUrl` says otherwise. */
  constructor(options: ClientOptions) {
    const core = new HttpCore(options, schemas, {
      baseUrl: 'https://connect.maklare.vitec.net',
      userAgent: 'vitec-connect-sdk/0.1.0',
    });
    this.appointment = new AppointmentApi(core);
    this.bid = new BidApi(core);
    this.buyerSettings = new BuyerSettingsApi(core);
    this.crmKontakter = new CrmKontakterApi(core);
    this.crmMerge = new CrmMergeApi(core);
    this.crmNewsletter = new CrmNewsletterApi(core);
    this.category = new CategoryApi(core);
    this.contacts = new ContactsApi(core);
    this.crmOffice = new CrmOfficeApi(core);
    this.crmSubOffice = new CrmSubOfficeApi(core);
    this.customField = new CustomFieldApi(core);
    this.customerSatisfaction = new CustomerSatisfactionApi(core);
    this.focusArea = new FocusAreaApi(core);
    this.image = new ImageApi(core);
    this.increasedRequirements = new IncreasedRequirementsApi(core);
    this.meeting = new MeetingApi(core);
    this.note = new NoteApi(core);
    this.office = new OfficeApi(core);
    this.officegroups = new OfficegroupsApi(core);
    this.report = new ReportApi(core);
    this.searchprofiles = new SearchprofilesApi(core);
    this.sellerSettings = new SellerSettingsApi(core);
    this.speculatorSettings = new SpeculatorSettingsApi(core);
    this.task = new TaskApi(core);
    this.user = new UserApi(core);
    this.usergroups = new UsergroupsApi(core);
  }
}
