/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Newsletter-customerId-NewsletterLists */
export interface NewsletterList {
  /** Id */
  id?: string | null;
  /** Namn på listan */
  name?: string | null;
}
