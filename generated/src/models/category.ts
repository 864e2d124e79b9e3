/** @see https://connect.maklare.vitec.net/Help/Api/GET-Category-GetCategories */
export interface Categories {
  /** Företagskategorier */
  companyCategories?: Category[] | null;
  /** Personkategorier */
  personCategories?: Category[] | null;
}

/**
 * Kategori
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Category_Category
 */
export interface Category {
  /** Kategori id */
  id?: string | null;
  /** Kategorinamn */
  name?: string | null;
  /** En readonly kategori sätts automatiskt av systemet och ska inte tilldelas manuellt till en kontakt */
  readOnly?: boolean | null;
}
