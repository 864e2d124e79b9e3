import type { ImageCategories, ImageData } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Image
 *
 * Bilder
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class ImageApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.image` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Metod för att ta bort en bild
   *
   * `DELETE CRM/Image/{customerId}/{imageId}`
   *
   * @param customerId - Kundid
   * @param imageId - Bildid
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/DELETE-CRM-Image-customerId-imageId
   */
  deleteCrmImage(customerId: string, imageId: string, options?: RequestOptions): Promise<void> {
    return this.#core.call<void>(
      operations['DELETE-CRM-Image-customerId-imageId'],
      { path: [customerId, imageId] },
      options,
    );
  }

  /**
   * Hämtar bild.
   *
   * För att kunna hämta en bild så krävs det en giltig API nyckel och ett kundid. Det krävs även ett giltig bild id för att kunna hämta en bild.
   *
   * Det finns dessutom extra parametrar för t ex skalning och beskärning av bilden, mer information finns här
   *
   * OBS! Om inga parametrar för bild API:et används, så kommer ni att få bilden exakt som bilden ligger lagrad i datakällan.
   *
   * `GET CRM/Image/GetImage`
   *
   * @param query - Query parameters: see {@link ImageCrmImageGetImageQuery}.
   * @param options - Per-call abort signal and timeout.
   * @returns Hämtar bilder.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Image-GetImage
   */
  crmImageGetImage(query: ImageCrmImageGetImageQuery, options?: RequestOptions): Promise<Uint8Array> {
    return this.#core.call<Uint8Array>(operations['GET-CRM-Image-GetImage'], { path: [], query }, options);
  }

  /**
   * Metod för att hämta bildkategorier
   *
   * `GET CRM/Image/GetImageCategories`
   *
   * @param query - Query parameters: see {@link ImageCrmImageGetImageCategoriesQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Image-GetImageCategories
   */
  crmImageGetImageCategories(
    query: ImageCrmImageGetImageCategoriesQuery,
    options?: RequestOptions,
  ): Promise<ImageCategories[]> {
    return this.#core.call<ImageCategories[]>(
      operations['GET-CRM-Image-GetImageCategories'],
      { path: [], query },
      options,
    );
  }

  /**
   * Metod för att lägga till en ny bild (gif,jpg,tiff,bmp,png) till en bostad.
   *
   * `POST CRM/Image/{customerId}/{estateId}`
   *
   * @param customerId - Kundid
   * @param estateId - Bostadsid
   * @param body - Bilddata
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Image-customerId-estateId
   */
  crmImage(customerId: string, estateId: string, body: ImageData, options?: RequestOptions): Promise<string> {
    return this.#core.call<string>(
      operations['POST-CRM-Image-customerId-estateId'],
      { path: [customerId, estateId], body },
      options,
    );
  }

  /**
   * Metod för att uppdatera en bild (gif,jpg,tiff,bmp,png).
   *
   * `PUT CRM/Image/{customerId}/{imageId}`
   *
   * @param customerId - Kundid
   * @param imageId - Bildid
   * @param body - Bilddata
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Image-customerId-imageId
   */
  updateCrmImage(
    customerId: string,
    imageId: string,
    body: ImageData,
    options?: RequestOptions,
  ): Promise<void> {
    return this.#core.call<void>(
      operations['PUT-CRM-Image-customerId-imageId'],
      { path: [customerId, imageId], body },
      options,
    );
  }
}

/** Query parameters of {@link ImageApi.crmImageGetImage}; keys are camelCase, sent as the wire keys noted. */
export interface ImageCrmImageGetImageQuery {
  /**
   * Kundid
   *
   * Query key `customerId`.
   */
  customerId: string;
  /**
   * Bildid
   *
   * Query key `imageId`.
   */
  imageId: string;
}

/** Query parameters of {@link ImageApi.crmImageGetImageCategories}; keys are camelCase, sent as the wire keys noted. */
export interface ImageCrmImageGetImageCategoriesQuery {
  /** Query key `customerId`. */
  customerId: string;
}
