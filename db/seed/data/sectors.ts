import type { sectors } from '../../schema/sectors';

/**
 * The ONISEP-aligned professional sectors with the UUIDs partner APIs send as `sector_uuid`
 * (monstage's API reference list). Never change an id: partners hard-code them.
 *
 * What we did with the oddities of that list (48 rows, no duplicate name or UUID):
 * - "Métiers d'art" is published with the identifier '82738129-au8h-8297-827h-oaieurjeh872', which
 *   is not a UUID (letters beyond f), so no partner can have stored a valid value for it and no
 *   uuid column can hold it. The sector itself is real (the newer "1 élève, 1 stage" list keeps it
 *   beside "Artisanat d'art"), so it gets a UUID minted here, and LEGACY_SECTOR_IDS lets the partner
 *   API translate the old string if a partner ever sends it.
 * - "Filiere bois" lacks its accent in the source; pupils read these names, so it is stored as
 *   "Filière bois". The UUID, which is what partners match on, is unchanged.
 * - Five sectors (Administration publique, Conseil, Industrie, Immobilier, Services postaux) have
 *   no ONISEP page in the source: their URL is null rather than a guessed address.
 * - The ONISEP URLs are kept as published (http, old "Decouvrir-les-metiers" paths); ONISEP
 *   redirects them, and admins can update them without the seed overwriting their edits.
 */

type SectorRow = typeof sectors.$inferInsert;

const METIERS_D_ART_ID = '798e2c06-2286-42eb-9c7c-af0d9ca9b61f';

/** Identifiers published upstream that are not valid UUIDs, mapped to the sector they meant. */
export const LEGACY_SECTOR_IDS: Readonly<Record<string, string>> = {
  '82738129-au8h-8297-827h-oaieurjeh872': METIERS_D_ART_ID,
};

export const SECTORS = [
  {
    id: 'b7564ac4-e184-41c4-a7a9-57233a9d244a',
    name: 'Mode',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Mode',
  },
  {
    id: '6a8f813b-c338-4d4f-a4cd-99a28748b57d',
    name: 'Banque et assurance',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Banque-et-assurance',
  },
  {
    id: '4b6427b1-b289-486d-b7ea-f33134995a99',
    name: 'Audiovisuel',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Audiovisuel',
  },
  {
    id: '63d73fd3-9ca6-4838-95aa-9901896be99c',
    name: 'Communication',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Communication',
  },
  {
    id: '27c1d368-0846-4038-903f-d63b989e0fe4',
    name: 'Édition, librairie, bibliothèque',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Edition-librairie-bibliotheque',
  },
  {
    id: '1123edde-0d77-498a-85c5-2ab3d81b3cd8',
    name: 'Traduction, interprétation',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Traduction-interpretation',
  },
  {
    id: 'ab69287d-273a-4626-b645-d98f567b22ba',
    name: 'Bâtiment et travaux publics (BTP)',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Batiment-et-travaux-publics-BTP',
  },
  {
    id: 'bfb24e1c-aebc-4451-bb4b-569ab71a814d',
    name: 'Comptabilité, gestion, ressources humaines',
    onisepUrl:
      'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Comptabilite-gestion-ressources-humaines',
  },
  {
    id: '1711c7c8-89dc-48dd-9ae9-22bde1bd281b',
    name: 'Droit et justice',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Droit-et-justice',
  },
  {
    id: '76f3a155-e592-4bb9-8512-358a7d9db313',
    name: 'Enseignement',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Enseignement',
  },
  {
    id: 'c5db692a-2a17-403c-8151-1b3cd7dc48ba',
    name: 'Recherche',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Recherche',
  },
  {
    id: 'af7e191a-7065-403e-844d-197e7e1e8bdb',
    name: 'Énergie',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Energie',
  },
  {
    id: '1bbc6281-805e-4045-b85b-65a1479a865d',
    name: 'Environnement',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Environnement',
  },
  {
    id: '19ccd244-5fac-4ad9-8513-7488d0980f4c',
    name: 'Logistique et transport',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Logistique-et-transport',
  },
  {
    id: '92e5ad0c-6e30-43a4-8158-818236d01390',
    name: 'Hôtellerie, restauration',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Hotellerie-restauration',
  },
  {
    id: 'dd9d626b-735a-4139-87b8-8c67990b97ba',
    name: 'Tourisme',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Tourisme',
  },
  {
    id: '0b91687a-f3cc-4cd1-bfb5-b9f03994b1bd',
    name: 'Agroéquipement',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Agroequipement',
  },
  {
    id: 'f3733e9c-f33c-4c33-9903-baf9c8e2d2fb',
    name: 'Automobile',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Automobile',
  },
  {
    id: 'ee0e9e5c-f19e-4be8-9399-2cff4f4e5ca5',
    name: 'Construction aéronautique, ferroviaire et navale',
    onisepUrl:
      'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Construction-aeronautique-ferroviaire-et-navale',
  },
  {
    id: '1ce6aa62-6d91-41e5-9135-ce97e7c94a46',
    name: 'Électronique',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Electronique',
  },
  {
    id: '95776212-ddd1-466e-ba5b-089f4e2f11ac',
    name: 'Industrie alimentaire',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Industrie-alimentaire',
  },
  {
    id: '4974df57-0111-492d-ab60-3bfdad10733d',
    name: 'Industrie chimique',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Industrie-chimique',
  },
  {
    id: '0f51b2d6-91da-4543-a0aa-d49a7be3d249',
    name: 'Maintenance',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Maintenance',
  },
  {
    id: '4ee8bd54-7b5b-4ae9-9603-78f303d5aea8',
    name: 'Mécanique',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Mecanique',
  },
  // Minted here: the published identifier is not a UUID (see LEGACY_SECTOR_IDS).
  { id: METIERS_D_ART_ID, name: "Métiers d'art", onisepUrl: null },
  {
    id: '463578f1-b371-4466-a13f-b0e99f783391',
    name: 'Verre, béton, céramique',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Verre-beton-ceramique',
  },
  {
    id: 'bfd92448-5eae-4d99-ae2c-67fffc8fec69',
    name: 'Informatique et réseaux',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Informatique-et-reseaux',
  },
  {
    id: 'be4bab4d-09ed-4205-bca1-1047da0500f8',
    name: 'Jeu vidéo',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Jeu-video',
  },
  {
    id: 'ae267ff2-76d5-460a-9a41-3b820c392149',
    name: 'Commerce et distribution',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Commerce-et-distribution',
  },
  {
    id: '811621f0-e2d1-4c32-a406-5b45979d7c6d',
    name: 'Marketing, publicité',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Marketing-publicite',
  },
  {
    id: '1aae3b41-1394-4109-83cf-17214e1aefdd',
    name: 'Médical',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Medical',
  },
  {
    id: '89946839-8e18-4087-b48d-e6ee5f7d8480',
    name: 'Paramédical',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Paramedical',
  },
  {
    id: 'd5a7ec0f-5f9c-44cb-add0-66465b4e7d3c',
    name: 'Social',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Social',
  },
  {
    id: '01d06ada-55be-4ebf-8ad2-2666e7a7f521',
    name: 'Sport',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Sport',
  },
  {
    id: '76de34d3-b524-456d-bc91-92e133cdab2b',
    name: 'Agriculture',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Agriculture',
  },
  {
    id: 'aa658f28-a9ac-4a29-976f-a528c994f37a',
    name: 'Filière bois',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Filiere-bois',
  },
  {
    id: '1ee1b11c-97ca-4b7e-a6fb-afe404f24954',
    name: 'Architecture, urbanisme et paysage',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Architecture-urbanisme-paysage',
  },
  {
    id: '4c0e0937-d7af-4b1c-998c-c1b1d628e3a3',
    name: 'Armée - Défense',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Defense',
  },
  {
    id: 'ec4ce411-f8fd-4690-b51f-3290ffd069e0',
    name: 'Sécurité',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Securite',
  },
  {
    id: 'c1f72076-43fb-44ae-a811-d55eccf15c08',
    name: 'Art et design',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Art-et-design',
  },
  {
    id: '1ce60ecc-273d-4c73-9b1a-2f5ee14e1bc6',
    name: "Artisanat d'art",
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Artisanat-d-art',
  },
  {
    id: '055b7580-c979-480f-a026-e94c8b8dc46e',
    name: 'Arts du spectacle',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Arts-du-spectacle',
  },
  {
    id: 'c76e6364-7257-473c-89aa-c951141810ce',
    name: 'Culture et patrimoine',
    onisepUrl: 'http://www.onisep.fr/Decouvrir-les-metiers/Des-metiers-par-secteur/Culture-et-patrimoine',
  },
  { id: 'f329c1e8-30db-48b4-babb-52e2c90d7287', name: 'Administration publique', onisepUrl: null },
  { id: '9bb7b34c-caaf-413f-8c67-6f7a65ec6d56', name: 'Conseil', onisepUrl: null },
  { id: '14d24150-86cd-4b66-95f0-7f94cf56b5cb', name: 'Industrie, ingénierie industrielle', onisepUrl: null },
  { id: 'de7930b7-104f-44df-8e49-08eca31ec9e6', name: 'Immobilier, transactions immobilières', onisepUrl: null },
  { id: '156f75da-37ee-41f8-ade4-94ea23acf715', name: 'Services postaux', onisepUrl: null },
] as const satisfies readonly SectorRow[];
