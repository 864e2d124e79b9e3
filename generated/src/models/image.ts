/**
 * Bild
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Image_Image
 */
export interface Image {
  /** Bildid */
  imageId?: string | null;
  /** Senast ändrad */
  dateChanged?: string | null;
  /** Senast bilden ändrades */
  dateChangedImageData?: string | null;
  /** Bildurl */
  url?: string | null;
  /** Tillåt visning på internet */
  showImageOnInternet?: boolean | null;
  /** Bildformat */
  extension?: string | null;
  /**
   * CDN referenser
   *
   * The documentation links model `Api_CdnImageReference`, which has no page: typed `unknown`.
   */
  cdnReferences?: unknown[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Image-GetImageCategories */
export interface ImageCategories {
  /** Kundid */
  customerId?: string | null;
  /** Lista av bildkategorier */
  categories?: string[] | null;
}

/**
 * Bilddata (gif,jpg,tiff,bmp,png)
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Image_ImageData
 */
export interface ImageData {
  /** Data (gif,jpg,tiff,bmp,png) */
  data?: Uint8Array | null;
  /** Namn på bilden */
  name?: string | null;
  /** Bildtext */
  caption?: string | null;
  /** Annoneras */
  advertise?: boolean | null;
  /** Bildkategori */
  category?: string | null;
}
