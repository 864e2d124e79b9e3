import type { Polygon, RangeOfInt32 } from './models.js';

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Commercial-contactId */
export interface SearchProfileCommercialCreate {
  /** Tomtarea i kvm Valbara värden finns i "PlotAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  plotArea?: RangeOfInt32 | null;
  /** Summa areor i kvm min/max. Valbara värden finns i "PlotAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  sumArea?: RangeOfInt32 | null;
  /**
   * Typ av kommersiell fastighet
   *
   * The documentation links model `SearchProfileV2_SubtypeCommercial`, which has no page: typed `unknown`.
   */
  subtypes?: unknown[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Kommunkoder */
  municipalityCodes?: string[] | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Commercial-id */
export interface SearchProfileCommercialUpdate {
  /** Tomtarea i kvm Valbara värden finns i "PlotAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  plotArea?: RangeOfInt32 | null;
  /** Summa areor i kvm min/max. Valbara värden finns i "PlotAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  sumArea?: RangeOfInt32 | null;
  /**
   * Typ av kommersiell fastighet
   *
   * The documentation links model `SearchProfileV2_SubtypeCommercial`, which has no page: typed `unknown`.
   */
  subtypes?: unknown[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Kommunkoder */
  municipalityCodes?: string[] | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Farm-contactId */
export interface SearchProfileFarmCreate {
  /**
   * Typ av gård
   *
   * The documentation links model `SearchProfileV2_SubtypeFarm`, which has no page: typed `unknown`.
   */
  subtypes?: unknown[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Kommunkoder */
  municipalityCodes?: string[] | null;
  /** Total area. Anges i hektar(ha) Valbara värden finns i "FarmAreaStepsHectare" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  totalArea?: RangeOfInt32 | null;
  /** Boarea min/max. Valbara värden finns i "LivingAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  livingSpace?: RangeOfInt32 | null;
  /** Antal rum min/max. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  numberOfRooms?: RangeOfInt32 | null;
  /** Antal sovrum. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  bedrooms?: number | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Farm-id */
export interface SearchProfileFarmUpdate {
  /**
   * Typ av gård
   *
   * The documentation links model `SearchProfileV2_SubtypeFarm`, which has no page: typed `unknown`.
   */
  subtypes?: unknown[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Kommunkoder */
  municipalityCodes?: string[] | null;
  /** Total area. Anges i hektar(ha) Valbara värden finns i "FarmAreaStepsHectare" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  totalArea?: RangeOfInt32 | null;
  /** Boarea min/max. Valbara värden finns i "LivingAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  livingSpace?: RangeOfInt32 | null;
  /** Antal rum min/max. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  numberOfRooms?: RangeOfInt32 | null;
  /** Antal sovrum. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  bedrooms?: number | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Foreign-contactId */
export interface SearchProfileForeignCreate {
  /** Landskod */
  countryCode?: string | null;
  /**
   * Typ av utlandsboende
   *
   * The documentation links model `SearchProfileV2_SubtypeForeign`, which has no page: typed `unknown`.
   */
  subtypes?: unknown[] | null;
  /**
   * Egenskaper för utlandsboende
   *
   * The documentation links model `SearchProfileV2_ForeignFeature`, which has no page: typed `unknown`.
   */
  features?: unknown[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Affärscentrum */
  shoppingCentreMaxDist?: number | null;
  /** Centrum */
  centreMaxDist?: number | null;
  /** Flyplats */
  airportMaxDist?: number | null;
  /** Golfbana */
  golfCourceMaxDist?: number | null;
  /** Hav */
  seaMaxDist?: number | null;
  /** Mataffär */
  supermarketMaxDist?: number | null;
  /** Pool */
  poolMaxDist?: number | null;
  /** Sjukhus */
  hospitalMaxDist?: number | null;
  /** Strand */
  beachMaxDist?: number | null;
  /** Boarea min/max. Valbara värden finns i "LivingAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  livingSpace?: RangeOfInt32 | null;
  /** Antal rum min/max. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  numberOfRooms?: RangeOfInt32 | null;
  /** Antal sovrum. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  bedrooms?: number | null;
  /** Tomtarea min/max anges i kvm. Valbara värden finns i "PlotAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  plotArea?: RangeOfInt32 | null;
  /** Månadsavgift. Valbara värden finns i "MonthlyFeeSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  monthlyFee?: number | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Foreign-id */
export interface SearchProfileForeignUpdate {
  /** Landskod */
  countryCode?: string | null;
  /**
   * Typ av utlandsboende
   *
   * The documentation links model `SearchProfileV2_SubtypeForeign`, which has no page: typed `unknown`.
   */
  subtypes?: unknown[] | null;
  /**
   * Egenskaper för utlandsboende
   *
   * The documentation links model `SearchProfileV2_ForeignFeature`, which has no page: typed `unknown`.
   */
  features?: unknown[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Affärscentrum */
  shoppingCentreMaxDist?: number | null;
  /** Centrum */
  centreMaxDist?: number | null;
  /** Flyplats */
  airportMaxDist?: number | null;
  /** Golfbana */
  golfCourceMaxDist?: number | null;
  /** Hav */
  seaMaxDist?: number | null;
  /** Mataffär */
  supermarketMaxDist?: number | null;
  /** Pool */
  poolMaxDist?: number | null;
  /** Sjukhus */
  hospitalMaxDist?: number | null;
  /** Strand */
  beachMaxDist?: number | null;
  /** Boarea min/max. Valbara värden finns i "LivingAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  livingSpace?: RangeOfInt32 | null;
  /** Antal rum min/max. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  numberOfRooms?: RangeOfInt32 | null;
  /** Antal sovrum. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  bedrooms?: number | null;
  /** Tomtarea min/max anges i kvm. Valbara värden finns i "PlotAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  plotArea?: RangeOfInt32 | null;
  /** Månadsavgift. Valbara värden finns i "MonthlyFeeSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  monthlyFee?: number | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Premises-contactId */
export interface SearchProfilePremisesCreate {
  /** Summa areor */
  sumArea?: RangeOfInt32 | null;
  /**
   * Typ av lokal
   *
   * The documentation links model `SearchProfileV2_SubtypePremises`, which has no page: typed `unknown`.
   */
  subtypes?: unknown[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Kommunkoder */
  municipalityCodes?: string[] | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Premises-id */
export interface SearchProfilePremisesUpdate {
  /** Summa areor */
  sumArea?: RangeOfInt32 | null;
  /**
   * Typ av lokal
   *
   * The documentation links model `SearchProfileV2_SubtypePremises`, which has no page: typed `unknown`.
   */
  subtypes?: unknown[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Kommunkoder */
  municipalityCodes?: string[] | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=SearchProfileV2_SearchProfileResidential */
export interface SearchProfileResidential {
  /** Sökprofilid */
  id?: string | null;
  /** Skapad datum */
  dateCreated?: string | null;
  /** Giltig till */
  validTo?: string | null;
  /** Typ av boende */
  subtypes?: SubtypeResidential[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Kommunkoder */
  municipalityCodes?: string[] | null;
  /** Nyproduktion. True filtrerar på endast nyproduktion, false filtrerar på ej nyproduktion och null anger inget filter. */
  newProduction?: boolean | null;
  /** Boarea min/max. Valbara värden finns i "LivingAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  livingSpace?: RangeOfInt32 | null;
  /** Antal rum min/max. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  numberOfRooms?: RangeOfInt32 | null;
  /** Antal sovrum. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  bedrooms?: number | null;
  /** Tomtarea min/max anges i kvm. Valbara värden finns i "PlotAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  plotArea?: RangeOfInt32 | null;
  /** Månadsavgift. Valbara värden finns i "MonthlyFeeSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  monthlyFee?: number | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-SearchProfile-Residential-contactId */
export interface SearchProfileResidentialCreate {
  /** Typ av boende */
  subtypes?: SubtypeResidential[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Kommunkoder */
  municipalityCodes?: string[] | null;
  /** Nyproduktion. True filtrerar på endast nyproduktion, false filtrerar på ej nyproduktion och null anger inget filter. */
  newProduction?: boolean | null;
  /** Boarea min/max. Valbara värden finns i "LivingAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  livingSpace?: RangeOfInt32 | null;
  /** Antal rum min/max. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  numberOfRooms?: RangeOfInt32 | null;
  /** Antal sovrum. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  bedrooms?: number | null;
  /** Tomtarea min/max anges i kvm. Valbara värden finns i "PlotAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  plotArea?: RangeOfInt32 | null;
  /** Månadsavgift. Valbara värden finns i "MonthlyFeeSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  monthlyFee?: number | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-SearchProfile-Residential-id */
export interface SearchProfileResidentialUpdate {
  /** Typ av boende */
  subtypes?: SubtypeResidential[] | null;
  /** Områdes id:n */
  areaIds?: string[] | null;
  /** Kommunkoder */
  municipalityCodes?: string[] | null;
  /** Nyproduktion. True filtrerar på endast nyproduktion, false filtrerar på ej nyproduktion och null anger inget filter. */
  newProduction?: boolean | null;
  /** Boarea min/max. Valbara värden finns i "LivingAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  livingSpace?: RangeOfInt32 | null;
  /** Antal rum min/max. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  numberOfRooms?: RangeOfInt32 | null;
  /** Antal sovrum. Valbara värden finns i "RoomSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  bedrooms?: number | null;
  /** Tomtarea min/max anges i kvm. Valbara värden finns i "PlotAreaSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  plotArea?: RangeOfInt32 | null;
  /** Månadsavgift. Valbara värden finns i "MonthlyFeeSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. */
  monthlyFee?: number | null;
  /** Sökprofilen är automatskapad */
  isAutomaticProfile?: boolean | null;
  /** Pris min/max. Valbara värden för svenska objekt finns i "DomesticPriceSteps" som fås via anrop till GET CRM/Contact/{customerId}/SearchProfile/SearchProfileValues. För utlandsbostäder skall istället "ForeignPriceSteps" användas. */
  price?: RangeOfInt32 | null;
  /** Ritat område */
  drawnAreas?: Polygon[] | null;
  /** Namn på ritat område */
  drawnAreasName?: string | null;
  /** Utökade krav id:n (increased requirements) Valbara värden för olika objettyper fås via anrop till GET IncreasedRequirement/{customerId}. */
  increasedRequirementIds?: string[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=SearchProfileV2_SearchProfiles */
export interface SearchProfiles {
  /** Sökprofiler för boende */
  residentialProfiles?: SearchProfileResidential[] | null;
  /**
   * Sökprofiler för gårdar
   *
   * The documentation links model `SearchProfileV2_SearchProfileFarm`, which has no page: typed `unknown`.
   */
  farmProfiles?: unknown[] | null;
  /**
   * Sökprofiler för kommersiella fastigheter
   *
   * The documentation links model `SearchProfileV2_SearchProfileCommercial`, which has no page: typed `unknown`.
   */
  commercialProfiles?: unknown[] | null;
  /**
   * Sökprofiler för utländska boenden
   *
   * The documentation links model `SearchProfileV2_SearchProfileForeign`, which has no page: typed `unknown`.
   */
  foreignProfiles?: unknown[] | null;
  /**
   * Sökprofiler för lokaler
   *
   * The documentation links model `SearchProfileV2_SearchProfilePremises`, which has no page: typed `unknown`.
   */
  premiseProfiles?: unknown[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-SearchProfile-SearchProfileValues */
export interface SearchProfilesInfo {
  /** Valbara undertyper för boenden(villa, lägenhet, fritidshus, tomt) */
  selectableResidentialSubtypes?: SubtypeResidential[] | null;
  /**
   * Valbara undertyper för gårdar
   *
   * The documentation links model `SearchProfileV2_SubtypeFarm`, which has no page: typed `unknown`.
   */
  selectableFarmSubtypes?: unknown[] | null;
  /**
   * Valbara undertyper för utlandsboenden
   *
   * The documentation links model `SearchProfileV2_SubtypeForeign`, which has no page: typed `unknown`.
   */
  selectableForeignSubtypes?: unknown[] | null;
  /**
   * Valbara undertyper för kommersiella fastigheter
   *
   * The documentation links model `SearchProfileV2_SubtypeCommercial`, which has no page: typed `unknown`.
   */
  selectableCommercialSubtypes?: unknown[] | null;
  /**
   * Valbara undertyper för lokaler
   *
   * The documentation links model `SearchProfileV2_SubtypePremises`, which has no page: typed `unknown`.
   */
  selectablePremisesSubtypes?: unknown[] | null;
  /** Valbara värden för pris i SEK för inhemska objekt */
  domesticPriceSteps?: number[] | null;
  /** Valbara värden för pris i valt lands valuta för utländska objekt */
  foreignPriceSteps?: number[] | null;
  /** Valbara värden för rum och sovrum */
  roomSteps?: number[] | null;
  /** Valbara värden för boarea */
  livingAreaSteps?: number[] | null;
  /** Valbara värden för månadsavgift */
  monthlyFeeSteps?: number[] | null;
  /** Valbara värden för tomtarea i kvm */
  plotAreaSteps?: number[] | null;
  /** Valbara värden för areor för gårdar i hektar */
  farmAreaStepsHectare?: number[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=SearchProfileV2_SubtypeResidential */
export type SubtypeResidential = 'Apartment' | 'House' | 'TownHouse' | 'Plot' | 'Cottage' | 'Other';
/** The members of {@link SubtypeResidential}, by name. */
export const SubtypeResidential = {
  /**
   * Lägenhet
   *
   * Numeric value: 0.
   */
  Apartment: 'Apartment',
  /**
   * Villa
   *
   * Numeric value: 1.
   */
  House: 'House',
  /**
   * Radhus
   *
   * Numeric value: 2.
   */
  TownHouse: 'TownHouse',
  /**
   * Tomt
   *
   * Numeric value: 3.
   */
  Plot: 'Plot',
  /**
   * Fritidshus
   *
   * Numeric value: 4.
   */
  Cottage: 'Cottage',
  /**
   * Övrigt
   *
   * Numeric value: 5.
   */
  Other: 'Other',
} as const;
