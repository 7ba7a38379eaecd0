import type { campaigns, ministryTargets, territoryTargets } from '../../schema/campaigns';
import type { ministries } from '../../schema/organisations';

/**
 * The 2019-2020 campaign and its targets, from the Prime Minister's circular of 31 July 2019
 * ("30 000 stages pour les élèves de troisième des quartiers prioritaires").
 *
 * Annex 1 is kept exactly as printed: each level carries its own published figure and nothing is
 * recomputed, so the circular's inconsistencies stay visible to the dashboards:
 * - regional totals that differ from the sum of their départements: Centre-Val de Loire 766 vs
 *   764, Grand Est 2764 vs 2762, Hauts-de-France 4919 vs 4918, Île-de-France 6833 vs 6834,
 *   Nouvelle Aquitaine 722 vs 720;
 * - the national line (30 000) against 29 998 for the regions;
 * - public + private differing from the total: Hauts-de-France (2460 + 2460 = 4920, not 4919),
 *   Île-de-France (3416 + 3416 = 6832, not 6833).
 * `publishedName` keeps the printed spelling, typos included (MAYOTIE, INDRE-ET LOIRE, PACA,
 * Nouvelle Aquitaine), for audit against the source; `territoryCode` is the INSEE code the name
 * stands for (PACA -> '93', Nouvelle Aquitaine -> '75', MAYOTIE -> '976').
 *
 * Ids are hard-coded so every environment (and the e2e seed) refers to the same rows.
 */

type CampaignRow = typeof campaigns.$inferInsert;
type MinistryRow = typeof ministries.$inferInsert;
type TerritoryTargetRow = Omit<typeof territoryTargets.$inferInsert, 'id' | 'campaignId'>;
type MinistryTargetRow = Omit<typeof ministryTargets.$inferInsert, 'id' | 'campaignId'>;

export const CAMPAIGN_2019_ID = 'e78639ee-38a4-45e4-9154-7d032aae1f43';

export const CAMPAIGNS = [
  { id: CAMPAIGN_2019_ID, schoolYear: 2019, label: '2019-2020', startsOn: '2019-09-01', endsOn: '2020-05-31' },
] as const satisfies readonly CampaignRow[];

/** Annex 1, in the circular's order: each region followed by its départements, then France. */
export const ANNEX1_TARGETS_2019 = [
  {
    level: 'region',
    territoryCode: '84',
    publishedName: 'Auvergne-Rhône-Alpes',
    total: 2782,
    public: 1391,
    private: 1391,
  },
  { level: 'department', territoryCode: '01', publishedName: 'AIN', total: 284, public: 142, private: 142 },
  { level: 'department', territoryCode: '03', publishedName: 'ALLIER', total: 88, public: 44, private: 44 },
  { level: 'department', territoryCode: '26', publishedName: 'DROME', total: 48, public: 24, private: 24 },
  { level: 'department', territoryCode: '38', publishedName: 'ISERE', total: 162, public: 81, private: 81 },
  { level: 'department', territoryCode: '42', publishedName: 'LOIRE', total: 202, public: 101, private: 101 },
  { level: 'department', territoryCode: '63', publishedName: 'PUY-DE-DOME', total: 298, public: 149, private: 149 },
  { level: 'department', territoryCode: '69', publishedName: 'RHONE', total: 1600, public: 800, private: 800 },
  { level: 'department', territoryCode: '73', publishedName: 'SAVOIE', total: 100, public: 50, private: 50 },
  {
    level: 'region',
    territoryCode: '27',
    publishedName: 'Bourgogne-Franche-Comté',
    total: 440,
    public: 220,
    private: 220,
  },
  { level: 'department', territoryCode: '21', publishedName: "COTE D'OR", total: 54, public: 27, private: 27 },
  { level: 'department', territoryCode: '25', publishedName: 'DOUBS', total: 316, public: 158, private: 158 },
  {
    level: 'department',
    territoryCode: '90',
    publishedName: 'TERRITOIRE DE BELFORT',
    total: 70,
    public: 35,
    private: 35,
  },
  { level: 'region', territoryCode: '53', publishedName: 'Bretagne', total: 82, public: 41, private: 41 },
  { level: 'department', territoryCode: '35', publishedName: 'ILLE-ET-VILAINE', total: 82, public: 41, private: 41 },
  { level: 'region', territoryCode: '24', publishedName: 'Centre-Val de Loire', total: 766, public: 383, private: 383 },
  { level: 'department', territoryCode: '18', publishedName: 'CHER', total: 60, public: 30, private: 30 },
  { level: 'department', territoryCode: '28', publishedName: 'EURE-ET-LOIR', total: 174, public: 87, private: 87 },
  { level: 'department', territoryCode: '36', publishedName: 'INDRE', total: 66, public: 33, private: 33 },
  { level: 'department', territoryCode: '37', publishedName: 'INDRE-ET LOIRE', total: 120, public: 60, private: 60 },
  { level: 'department', territoryCode: '41', publishedName: 'LOIR-ET-CHER', total: 160, public: 80, private: 80 },
  { level: 'department', territoryCode: '45', publishedName: 'LOIRET', total: 184, public: 92, private: 92 },
  { level: 'region', territoryCode: '94', publishedName: 'Corse', total: 50, public: 25, private: 25 },
  { level: 'department', territoryCode: '2B', publishedName: 'HAUTE-CORSE', total: 50, public: 25, private: 25 },
  { level: 'region', territoryCode: '44', publishedName: 'Grand Est', total: 2764, public: 1382, private: 1382 },
  { level: 'department', territoryCode: '08', publishedName: 'ARDENNES', total: 184, public: 92, private: 92 },
  { level: 'department', territoryCode: '10', publishedName: 'AUBE', total: 174, public: 87, private: 87 },
  { level: 'department', territoryCode: '67', publishedName: 'BAS-RHIN', total: 500, public: 250, private: 250 },
  { level: 'department', territoryCode: '68', publishedName: 'HAUT-RHIN', total: 836, public: 418, private: 418 },
  { level: 'department', territoryCode: '52', publishedName: 'HAUTE-MARNE', total: 68, public: 34, private: 34 },
  { level: 'department', territoryCode: '51', publishedName: 'MARNE', total: 370, public: 185, private: 185 },
  {
    level: 'department',
    territoryCode: '54',
    publishedName: 'MEURTHE-ET-MOSELLE',
    total: 108,
    public: 54,
    private: 54,
  },
  { level: 'department', territoryCode: '55', publishedName: 'MEUSE', total: 64, public: 32, private: 32 },
  { level: 'department', territoryCode: '57', publishedName: 'MOSELLE', total: 382, public: 191, private: 191 },
  { level: 'department', territoryCode: '88', publishedName: 'VOSGES', total: 76, public: 38, private: 38 },
  { level: 'region', territoryCode: '01', publishedName: 'Guadeloupe', total: 76, public: 38, private: 38 },
  { level: 'department', territoryCode: '971', publishedName: 'GUADELOUPE', total: 76, public: 38, private: 38 },
  { level: 'region', territoryCode: '03', publishedName: 'Guyane', total: 1200, public: 600, private: 600 },
  { level: 'department', territoryCode: '973', publishedName: 'GUYANE', total: 1200, public: 600, private: 600 },
  { level: 'region', territoryCode: '32', publishedName: 'Hauts-de-France', total: 4919, public: 2460, private: 2460 },
  { level: 'department', territoryCode: '02', publishedName: 'AISNE', total: 424, public: 212, private: 212 },
  { level: 'department', territoryCode: '59', publishedName: 'NORD', total: 2500, public: 1250, private: 1250 },
  { level: 'department', territoryCode: '60', publishedName: 'OISE', total: 610, public: 305, private: 305 },
  { level: 'department', territoryCode: '62', publishedName: 'PAS-DE-CALAIS', total: 1008, public: 504, private: 504 },
  { level: 'department', territoryCode: '80', publishedName: 'SOMME', total: 376, public: 188, private: 188 },
  { level: 'region', territoryCode: '11', publishedName: 'Île-de-France', total: 6833, public: 3416, private: 3416 },
  { level: 'department', territoryCode: '91', publishedName: 'ESSONNE', total: 718, public: 359, private: 359 },
  { level: 'department', territoryCode: '92', publishedName: 'HAUTS DE SEINE', total: 250, public: 125, private: 125 },
  { level: 'department', territoryCode: '75', publishedName: 'PARIS', total: 332, public: 166, private: 166 },
  { level: 'department', territoryCode: '77', publishedName: 'SEINE-ET-MARNE', total: 412, public: 206, private: 206 },
  {
    level: 'department',
    territoryCode: '93',
    publishedName: 'SEINE-SAINT-DENIS',
    total: 3372,
    public: 1686,
    private: 1686,
  },
  { level: 'department', territoryCode: '95', publishedName: "VAL-D'OISE", total: 862, public: 431, private: 431 },
  { level: 'department', territoryCode: '94', publishedName: 'VAL-DE-MARNE', total: 294, public: 147, private: 147 },
  { level: 'department', territoryCode: '78', publishedName: 'YVELINES', total: 594, public: 297, private: 297 },
  { level: 'region', territoryCode: '04', publishedName: 'La Réunion', total: 934, public: 467, private: 467 },
  { level: 'department', territoryCode: '974', publishedName: 'LA REUNION', total: 934, public: 467, private: 467 },
  { level: 'region', territoryCode: '02', publishedName: 'Martinique', total: 202, public: 101, private: 101 },
  { level: 'department', territoryCode: '972', publishedName: 'MARTINIQUE', total: 202, public: 101, private: 101 },
  { level: 'region', territoryCode: '06', publishedName: 'Mayotte', total: 588, public: 294, private: 294 },
  { level: 'department', territoryCode: '976', publishedName: 'MAYOTIE', total: 588, public: 294, private: 294 },
  { level: 'region', territoryCode: '28', publishedName: 'Normandie', total: 1142, public: 571, private: 571 },
  { level: 'department', territoryCode: '14', publishedName: 'CALVADOS', total: 60, public: 30, private: 30 },
  { level: 'department', territoryCode: '27', publishedName: 'EURE', total: 180, public: 90, private: 90 },
  { level: 'department', territoryCode: '50', publishedName: 'MANCHE', total: 80, public: 40, private: 40 },
  { level: 'department', territoryCode: '61', publishedName: 'ORNE', total: 64, public: 32, private: 32 },
  { level: 'department', territoryCode: '76', publishedName: 'SEINE-MARITIME', total: 758, public: 379, private: 379 },
  { level: 'region', territoryCode: '75', publishedName: 'Nouvelle Aquitaine', total: 722, public: 361, private: 361 },
  { level: 'department', territoryCode: '16', publishedName: 'CHARENTE', total: 102, public: 51, private: 51 },
  { level: 'department', territoryCode: '17', publishedName: 'CHARENTE-MARITIME', total: 106, public: 53, private: 53 },
  { level: 'department', territoryCode: '19', publishedName: 'CORREZE', total: 84, public: 42, private: 42 },
  { level: 'department', territoryCode: '33', publishedName: 'GIRONDE', total: 240, public: 120, private: 120 },
  { level: 'department', territoryCode: '87', publishedName: 'HAUTE-VIENNE', total: 76, public: 38, private: 38 },
  { level: 'department', territoryCode: '86', publishedName: 'VIENNE', total: 112, public: 56, private: 56 },
  { level: 'region', territoryCode: '76', publishedName: 'Occitanie', total: 1970, public: 985, private: 985 },
  { level: 'department', territoryCode: '30', publishedName: 'GARD', total: 504, public: 252, private: 252 },
  { level: 'department', territoryCode: '31', publishedName: 'HAUTE-GARONNE', total: 356, public: 178, private: 178 },
  { level: 'department', territoryCode: '34', publishedName: 'HERAULT', total: 748, public: 374, private: 374 },
  {
    level: 'department',
    territoryCode: '66',
    publishedName: 'PYRENEES-ORIENTALES',
    total: 362,
    public: 181,
    private: 181,
  },
  { level: 'region', territoryCode: '93', publishedName: 'PACA', total: 3794, public: 1897, private: 1897 },
  { level: 'department', territoryCode: '06', publishedName: 'ALPES-MARITIMES', total: 364, public: 182, private: 182 },
  {
    level: 'department',
    territoryCode: '13',
    publishedName: 'BOUCHES-DU-RHONE',
    total: 2662,
    public: 1331,
    private: 1331,
  },
  { level: 'department', territoryCode: '83', publishedName: 'VAR', total: 280, public: 140, private: 140 },
  { level: 'department', territoryCode: '84', publishedName: 'VAUCLUSE', total: 488, public: 244, private: 244 },
  { level: 'region', territoryCode: '52', publishedName: 'Pays de la Loire', total: 734, public: 367, private: 367 },
  {
    level: 'department',
    territoryCode: '44',
    publishedName: 'LOIRE-ATLANTIQUE',
    total: 304,
    public: 152,
    private: 152,
  },
  { level: 'department', territoryCode: '49', publishedName: 'MAINE-ET-LOIRE', total: 110, public: 55, private: 55 },
  { level: 'department', territoryCode: '53', publishedName: 'MAYENNE', total: 76, public: 38, private: 38 },
  { level: 'department', territoryCode: '72', publishedName: 'SARTHE', total: 244, public: 122, private: 122 },
  { level: 'national', territoryCode: null, publishedName: 'France', total: 30000, public: 15000, private: 15000 },
] as const satisfies readonly TerritoryTargetRow[];

/**
 * Supervising ministries, named as in Annex 2. Host organisations of the public sector point to
 * one of them, which is how their offers count against the ministry's target.
 */
export const MINISTRIES = [
  { id: '4d05c363-071a-4278-bb85-f0b919563f0c', name: 'Europe et affaires étrangères' },
  { id: 'd937954a-f097-4b19-867e-ec6f7ad66694', name: 'Agriculture et alimentation' },
  { id: '58609633-59e9-42c0-8575-f34ad23376db', name: 'Culture' },
  { id: '31130d3e-96bd-4c1f-a306-ce1d58033e48', name: 'Armées' },
  { id: 'accbd388-5bce-4ee8-b51a-fe37b087a838', name: 'Transition écologique et solidaire' },
  { id: 'bb0f87f5-07d9-418c-837b-68027c1dd33d', name: 'Ministères économiques et financiers' },
  { id: '74571ce9-dea7-4d3c-8197-43aa3acfd4fb', name: 'Education nationale, enseignement supérieur' },
  { id: '8d4d5804-2f70-428a-8fd9-aab1b488f732', name: 'Intérieur' },
  { id: '973badb8-83fd-4faf-8dd3-3e1b06f5aa2a', name: 'Justice' },
  { id: '184c6f57-3e00-460d-bed9-b62b8a09cd94', name: 'Services du Premier ministre' },
  { id: '02d35325-c1dd-404f-a768-027bd8298d3d', name: 'Ministères sociaux' },
] as const satisfies readonly MinistryRow[];

/** Annex 2: public-sector targets of each ministry's central administration (Île-de-France). */
export const ANNEX2_TARGETS_2019 = [
  { ministryId: MINISTRIES[0].id, public: 100 },
  { ministryId: MINISTRIES[1].id, public: 100 },
  { ministryId: MINISTRIES[2].id, public: 150 },
  { ministryId: MINISTRIES[3].id, public: 250 },
  { ministryId: MINISTRIES[4].id, public: 100 },
  { ministryId: MINISTRIES[5].id, public: 130 },
  { ministryId: MINISTRIES[6].id, public: 100 },
  { ministryId: MINISTRIES[7].id, public: 230 },
  { ministryId: MINISTRIES[8].id, public: 100 },
  { ministryId: MINISTRIES[9].id, public: 30 },
  { ministryId: MINISTRIES[10].id, public: 210 },
] as const satisfies readonly MinistryTargetRow[];

/**
 * Annex 2's printed "Total" line. It is not a ministry, so it has no row; dashboards show this
 * figure as the published total. It happens to equal the sum of the lines (1 500), which the
 * reference tests check, but like Annex 1 it is the printed figure, not a recomputation.
 */
export const ANNEX2_PUBLISHED_TOTAL_2019 = 1500;
