import type { academies, departments, regions } from '../../schema/geo';

/**
 * Territories: the 18 regions, 30 académies and 101 départements of France (overseas included).
 *
 * Codes are the official ones, so imports from open data join without a lookup table:
 * - regions and départements: INSEE Code officiel géographique (checked against
 *   @etalab/decoupage-administratif 6.0.0, names included);
 * - académies: the Éducation nationale code ("code académie" of the Annuaire de l'éducation and
 *   the BCE), e.g. '24' Créteil, '70' Normandie. Names are stored without the "Académie de" prefix
 *   because its article varies (d'Aix-Marseille, de la Guadeloupe, de La Réunion).
 *
 * Académie list: the current 30 académies of the regions, i.e. with the académie de Normandie
 * (Caen and Rouen merged on 1 January 2020, in the middle of the 2019-2020 campaign). The upstream
 * monstage data lists Normandie (and its ac-normandie.fr domain); keeping Caen and Rouen too would
 * put two académies on each Normandy département, which the schema cannot express. Left out: the
 * vice-rectorats of Nouvelle-Calédonie, Polynésie française, Wallis-et-Futuna and
 * Saint-Pierre-et-Miquelon, which have no INSEE region or département here and no REP collèges in
 * the circular. Note that the upstream "academic regions" JSON is garbled (Centre-Val de Loire under
 * Rennes, Amiens under Mayotte, Aix-Marseille under Nantes); the mapping below follows the
 * académie -> départements map of monstage's academy.rb instead, which agrees with the law.
 *
 * Holiday zones follow the 2015 zone map still in force in 2019-2020: A, B, C in metropolitan
 * France; Corsica and each overseas académie set their own calendar. Normandie is zone B because
 * both Caen and Rouen were zone B.
 */

type RegionRow = typeof regions.$inferInsert;
type AcademyRow = typeof academies.$inferInsert;
type DepartmentRow = typeof departments.$inferInsert;

export const REGIONS = [
  { code: '01', name: 'Guadeloupe' },
  { code: '02', name: 'Martinique' },
  { code: '03', name: 'Guyane' },
  { code: '04', name: 'La Réunion' },
  { code: '06', name: 'Mayotte' },
  { code: '11', name: 'Île-de-France' },
  { code: '24', name: 'Centre-Val de Loire' },
  { code: '27', name: 'Bourgogne-Franche-Comté' },
  { code: '28', name: 'Normandie' },
  { code: '32', name: 'Hauts-de-France' },
  { code: '44', name: 'Grand Est' },
  { code: '52', name: 'Pays de la Loire' },
  { code: '53', name: 'Bretagne' },
  { code: '75', name: 'Nouvelle-Aquitaine' },
  { code: '76', name: 'Occitanie' },
  { code: '84', name: 'Auvergne-Rhône-Alpes' },
  { code: '93', name: "Provence-Alpes-Côte d'Azur" },
  { code: '94', name: 'Corse' },
] as const satisfies readonly RegionRow[];

export const ACADEMIES = [
  { code: '01', name: 'Paris', regionCode: '11', holidayZone: 'C', emailDomain: 'ac-paris.fr' },
  { code: '02', name: 'Aix-Marseille', regionCode: '93', holidayZone: 'B', emailDomain: 'ac-aix-marseille.fr' },
  { code: '03', name: 'Besançon', regionCode: '27', holidayZone: 'A', emailDomain: 'ac-besancon.fr' },
  { code: '04', name: 'Bordeaux', regionCode: '75', holidayZone: 'A', emailDomain: 'ac-bordeaux.fr' },
  { code: '06', name: 'Clermont-Ferrand', regionCode: '84', holidayZone: 'A', emailDomain: 'ac-clermont.fr' },
  { code: '07', name: 'Dijon', regionCode: '27', holidayZone: 'A', emailDomain: 'ac-dijon.fr' },
  { code: '08', name: 'Grenoble', regionCode: '84', holidayZone: 'A', emailDomain: 'ac-grenoble.fr' },
  { code: '09', name: 'Lille', regionCode: '32', holidayZone: 'B', emailDomain: 'ac-lille.fr' },
  { code: '10', name: 'Lyon', regionCode: '84', holidayZone: 'A', emailDomain: 'ac-lyon.fr' },
  { code: '11', name: 'Montpellier', regionCode: '76', holidayZone: 'C', emailDomain: 'ac-montpellier.fr' },
  { code: '12', name: 'Nancy-Metz', regionCode: '44', holidayZone: 'B', emailDomain: 'ac-nancy-metz.fr' },
  { code: '13', name: 'Poitiers', regionCode: '75', holidayZone: 'A', emailDomain: 'ac-poitiers.fr' },
  { code: '14', name: 'Rennes', regionCode: '53', holidayZone: 'B', emailDomain: 'ac-rennes.fr' },
  { code: '15', name: 'Strasbourg', regionCode: '44', holidayZone: 'B', emailDomain: 'ac-strasbourg.fr' },
  { code: '16', name: 'Toulouse', regionCode: '76', holidayZone: 'C', emailDomain: 'ac-toulouse.fr' },
  { code: '17', name: 'Nantes', regionCode: '52', holidayZone: 'B', emailDomain: 'ac-nantes.fr' },
  { code: '18', name: 'Orléans-Tours', regionCode: '24', holidayZone: 'B', emailDomain: 'ac-orleans-tours.fr' },
  { code: '19', name: 'Reims', regionCode: '44', holidayZone: 'B', emailDomain: 'ac-reims.fr' },
  { code: '20', name: 'Amiens', regionCode: '32', holidayZone: 'B', emailDomain: 'ac-amiens.fr' },
  { code: '22', name: 'Limoges', regionCode: '75', holidayZone: 'A', emailDomain: 'ac-limoges.fr' },
  { code: '23', name: 'Nice', regionCode: '93', holidayZone: 'B', emailDomain: 'ac-nice.fr' },
  { code: '24', name: 'Créteil', regionCode: '11', holidayZone: 'C', emailDomain: 'ac-creteil.fr' },
  { code: '25', name: 'Versailles', regionCode: '11', holidayZone: 'C', emailDomain: 'ac-versailles.fr' },
  { code: '27', name: 'Corse', regionCode: '94', holidayZone: 'corse', emailDomain: 'ac-corse.fr' },
  { code: '28', name: 'La Réunion', regionCode: '04', holidayZone: 'reunion', emailDomain: 'ac-reunion.fr' },
  { code: '31', name: 'Martinique', regionCode: '02', holidayZone: 'martinique', emailDomain: 'ac-martinique.fr' },
  { code: '32', name: 'Guadeloupe', regionCode: '01', holidayZone: 'guadeloupe', emailDomain: 'ac-guadeloupe.fr' },
  { code: '33', name: 'Guyane', regionCode: '03', holidayZone: 'guyane', emailDomain: 'ac-guyane.fr' },
  { code: '43', name: 'Mayotte', regionCode: '06', holidayZone: 'mayotte', emailDomain: 'ac-mayotte.fr' },
  // Zone B: the two académies it merged (Caen, Rouen) were both zone B.
  { code: '70', name: 'Normandie', regionCode: '28', holidayZone: 'B', emailDomain: 'ac-normandie.fr' },
] as const satisfies readonly AcademyRow[];

/** Sorted as INSEE lists them (2A and 2B after 29, overseas last). */
export const DEPARTMENTS = [
  { code: '01', name: 'Ain', regionCode: '84', academyCode: '10' },
  { code: '02', name: 'Aisne', regionCode: '32', academyCode: '20' },
  { code: '03', name: 'Allier', regionCode: '84', academyCode: '06' },
  { code: '04', name: 'Alpes-de-Haute-Provence', regionCode: '93', academyCode: '02' },
  { code: '05', name: 'Hautes-Alpes', regionCode: '93', academyCode: '02' },
  { code: '06', name: 'Alpes-Maritimes', regionCode: '93', academyCode: '23' },
  { code: '07', name: 'Ardèche', regionCode: '84', academyCode: '08' },
  { code: '08', name: 'Ardennes', regionCode: '44', academyCode: '19' },
  { code: '09', name: 'Ariège', regionCode: '76', academyCode: '16' },
  { code: '10', name: 'Aube', regionCode: '44', academyCode: '19' },
  { code: '11', name: 'Aude', regionCode: '76', academyCode: '11' },
  { code: '12', name: 'Aveyron', regionCode: '76', academyCode: '16' },
  { code: '13', name: 'Bouches-du-Rhône', regionCode: '93', academyCode: '02' },
  { code: '14', name: 'Calvados', regionCode: '28', academyCode: '70' },
  { code: '15', name: 'Cantal', regionCode: '84', academyCode: '06' },
  { code: '16', name: 'Charente', regionCode: '75', academyCode: '13' },
  { code: '17', name: 'Charente-Maritime', regionCode: '75', academyCode: '13' },
  { code: '18', name: 'Cher', regionCode: '24', academyCode: '18' },
  { code: '19', name: 'Corrèze', regionCode: '75', academyCode: '22' },
  { code: '21', name: "Côte-d'Or", regionCode: '27', academyCode: '07' },
  { code: '22', name: "Côtes-d'Armor", regionCode: '53', academyCode: '14' },
  { code: '23', name: 'Creuse', regionCode: '75', academyCode: '22' },
  { code: '24', name: 'Dordogne', regionCode: '75', academyCode: '04' },
  { code: '25', name: 'Doubs', regionCode: '27', academyCode: '03' },
  { code: '26', name: 'Drôme', regionCode: '84', academyCode: '08' },
  { code: '27', name: 'Eure', regionCode: '28', academyCode: '70' },
  { code: '28', name: 'Eure-et-Loir', regionCode: '24', academyCode: '18' },
  { code: '29', name: 'Finistère', regionCode: '53', academyCode: '14' },
  { code: '2A', name: 'Corse-du-Sud', regionCode: '94', academyCode: '27' },
  { code: '2B', name: 'Haute-Corse', regionCode: '94', academyCode: '27' },
  { code: '30', name: 'Gard', regionCode: '76', academyCode: '11' },
  { code: '31', name: 'Haute-Garonne', regionCode: '76', academyCode: '16' },
  { code: '32', name: 'Gers', regionCode: '76', academyCode: '16' },
  { code: '33', name: 'Gironde', regionCode: '75', academyCode: '04' },
  { code: '34', name: 'Hérault', regionCode: '76', academyCode: '11' },
  { code: '35', name: 'Ille-et-Vilaine', regionCode: '53', academyCode: '14' },
  { code: '36', name: 'Indre', regionCode: '24', academyCode: '18' },
  { code: '37', name: 'Indre-et-Loire', regionCode: '24', academyCode: '18' },
  { code: '38', name: 'Isère', regionCode: '84', academyCode: '08' },
  { code: '39', name: 'Jura', regionCode: '27', academyCode: '03' },
  { code: '40', name: 'Landes', regionCode: '75', academyCode: '04' },
  { code: '41', name: 'Loir-et-Cher', regionCode: '24', academyCode: '18' },
  { code: '42', name: 'Loire', regionCode: '84', academyCode: '10' },
  { code: '43', name: 'Haute-Loire', regionCode: '84', academyCode: '06' },
  { code: '44', name: 'Loire-Atlantique', regionCode: '52', academyCode: '17' },
  { code: '45', name: 'Loiret', regionCode: '24', academyCode: '18' },
  { code: '46', name: 'Lot', regionCode: '76', academyCode: '16' },
  { code: '47', name: 'Lot-et-Garonne', regionCode: '75', academyCode: '04' },
  { code: '48', name: 'Lozère', regionCode: '76', academyCode: '11' },
  { code: '49', name: 'Maine-et-Loire', regionCode: '52', academyCode: '17' },
  { code: '50', name: 'Manche', regionCode: '28', academyCode: '70' },
  { code: '51', name: 'Marne', regionCode: '44', academyCode: '19' },
  { code: '52', name: 'Haute-Marne', regionCode: '44', academyCode: '19' },
  { code: '53', name: 'Mayenne', regionCode: '52', academyCode: '17' },
  { code: '54', name: 'Meurthe-et-Moselle', regionCode: '44', academyCode: '12' },
  { code: '55', name: 'Meuse', regionCode: '44', academyCode: '12' },
  { code: '56', name: 'Morbihan', regionCode: '53', academyCode: '14' },
  { code: '57', name: 'Moselle', regionCode: '44', academyCode: '12' },
  { code: '58', name: 'Nièvre', regionCode: '27', academyCode: '07' },
  { code: '59', name: 'Nord', regionCode: '32', academyCode: '09' },
  { code: '60', name: 'Oise', regionCode: '32', academyCode: '20' },
  { code: '61', name: 'Orne', regionCode: '28', academyCode: '70' },
  { code: '62', name: 'Pas-de-Calais', regionCode: '32', academyCode: '09' },
  { code: '63', name: 'Puy-de-Dôme', regionCode: '84', academyCode: '06' },
  { code: '64', name: 'Pyrénées-Atlantiques', regionCode: '75', academyCode: '04' },
  { code: '65', name: 'Hautes-Pyrénées', regionCode: '76', academyCode: '16' },
  { code: '66', name: 'Pyrénées-Orientales', regionCode: '76', academyCode: '11' },
  { code: '67', name: 'Bas-Rhin', regionCode: '44', academyCode: '15' },
  { code: '68', name: 'Haut-Rhin', regionCode: '44', academyCode: '15' },
  { code: '69', name: 'Rhône', regionCode: '84', academyCode: '10' },
  { code: '70', name: 'Haute-Saône', regionCode: '27', academyCode: '03' },
  { code: '71', name: 'Saône-et-Loire', regionCode: '27', academyCode: '07' },
  { code: '72', name: 'Sarthe', regionCode: '52', academyCode: '17' },
  { code: '73', name: 'Savoie', regionCode: '84', academyCode: '08' },
  { code: '74', name: 'Haute-Savoie', regionCode: '84', academyCode: '08' },
  { code: '75', name: 'Paris', regionCode: '11', academyCode: '01' },
  { code: '76', name: 'Seine-Maritime', regionCode: '28', academyCode: '70' },
  { code: '77', name: 'Seine-et-Marne', regionCode: '11', academyCode: '24' },
  { code: '78', name: 'Yvelines', regionCode: '11', academyCode: '25' },
  { code: '79', name: 'Deux-Sèvres', regionCode: '75', academyCode: '13' },
  { code: '80', name: 'Somme', regionCode: '32', academyCode: '20' },
  { code: '81', name: 'Tarn', regionCode: '76', academyCode: '16' },
  { code: '82', name: 'Tarn-et-Garonne', regionCode: '76', academyCode: '16' },
  { code: '83', name: 'Var', regionCode: '93', academyCode: '23' },
  { code: '84', name: 'Vaucluse', regionCode: '93', academyCode: '02' },
  { code: '85', name: 'Vendée', regionCode: '52', academyCode: '17' },
  { code: '86', name: 'Vienne', regionCode: '75', academyCode: '13' },
  { code: '87', name: 'Haute-Vienne', regionCode: '75', academyCode: '22' },
  { code: '88', name: 'Vosges', regionCode: '44', academyCode: '12' },
  { code: '89', name: 'Yonne', regionCode: '27', academyCode: '07' },
  { code: '90', name: 'Territoire de Belfort', regionCode: '27', academyCode: '03' },
  { code: '91', name: 'Essonne', regionCode: '11', academyCode: '25' },
  { code: '92', name: 'Hauts-de-Seine', regionCode: '11', academyCode: '25' },
  { code: '93', name: 'Seine-Saint-Denis', regionCode: '11', academyCode: '24' },
  { code: '94', name: 'Val-de-Marne', regionCode: '11', academyCode: '24' },
  { code: '95', name: "Val-d'Oise", regionCode: '11', academyCode: '25' },
  { code: '971', name: 'Guadeloupe', regionCode: '01', academyCode: '32' },
  { code: '972', name: 'Martinique', regionCode: '02', academyCode: '31' },
  { code: '973', name: 'Guyane', regionCode: '03', academyCode: '33' },
  { code: '974', name: 'La Réunion', regionCode: '04', academyCode: '28' },
  { code: '976', name: 'Mayotte', regionCode: '06', academyCode: '43' },
] as const satisfies readonly DepartmentRow[];
