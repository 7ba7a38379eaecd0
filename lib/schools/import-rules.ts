import { foldText } from '@/lib/text/fold';
import { parseCsv, type CsvRow } from '@/lib/csv';
import {
  checkUai,
  departmentFromUai,
  normalizeDepartmentCode,
  normalizePostcode,
  normalizeUai,
  parseCoordinates,
} from './rules';
import { departmentFromPostcode } from '@/lib/geo/postcode';

/**
 * Pure side of the school importer: recognises an open-data file from its header row and maps each
 * line to a normalised record or to a rejection with a French reason. Nothing here touches the
 * database; the department's existence is checked by import-mutations.ts against the reference table.
 */

/** Only REP+ and REP come from files: 'derogation' is an admin decision, 'none' is the default. */
export type ImportedNetwork = 'rep_plus' | 'rep';

export interface SchoolRecord {
  /** Line of the file, for the report. */
  line: number;
  uai: string;
  name: string;
  commune: string;
  postcode: string | null;
  address: string | null;
  departmentCode: string;
  lat: number | null;
  lng: number | null;
  /** null: the file says nothing about the network, so the known one is kept. */
  network: ImportedNetwork | null;
  /** Which kind of file it came from: a REP list is authoritative for the network only. */
  source: SchoolFileFormat;
}

export interface RejectedRow {
  line: number;
  uai: string | null;
  reason: string;
}

export type SchoolFileFormat = 'rep_list' | 'school_list';

export interface ParsedSchoolFile {
  format: SchoolFileFormat;
  formatLabel: string;
  records: SchoolRecord[];
  rejected: RejectedRow[];
  /** Rows that are valid but out of scope (écoles, lycées, SEGPA): counted, not reported one by one. */
  skipped: number;
}

export class UnknownFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnknownFormatError';
  }
}

type Field =
  | 'uai'
  | 'name'
  | 'commune'
  | 'postcode'
  | 'address'
  | 'department'
  | 'coordinates'
  | 'lat'
  | 'lng'
  | 'network'
  | 'type';

interface FormatSpec {
  format: SchoolFileFormat;
  label: string;
  /** Accepted header names per field, compared after normalizeHeader(). */
  columns: Partial<Record<Field, string[]>>;
  required: Field[];
}

// The REP list is recognised first: it also has a "UAI tête de réseau" column, which is the head of
// the network (a collège), not the school of the row, so it must never be taken for the UAI.
const FORMATS: FormatSpec[] = [
  {
    format: 'rep_list',
    label: 'liste des réseaux REP et REP+',
    columns: {
      uai: ['numero'],
      name: ['nom_de_l_etablissement'],
      commune: ['commune'],
      department: ['n_departement', 'no_departement', 'code_departement'],
      type: ['type_detablissement', 'type_d_etablissement'],
      network: ['ep'],
    },
    required: ['uai', 'name', 'commune', 'type', 'network'],
  },
  {
    format: 'school_list',
    label: "liste d'établissements",
    columns: {
      uai: [
        'uai',
        'code_uai',
        'numero_uai',
        'identifiant_de_l_etablissement',
        'numero_etablissement',
        'code_etablissement',
      ],
      name: [
        'name',
        'nom',
        'etablissement',
        'nom_etablissement',
        'nom_de_l_etablissement',
        'colleges',
        'appellation_officielle',
      ],
      commune: ['city', 'commune', 'ville', 'nom_commune', 'libelle_commune'],
      postcode: ['zipcode', 'code_postal', 'postcode', 'cp'],
      address: ['street', 'adresse', 'adresse_1', 'adresse_etablissement'],
      department: ['code_departement', 'n_departement', 'department', 'departement', 'departements'],
      coordinates: ['coordinates', 'coordonnees', 'geometry', 'geom', 'position'],
      lat: ['latitude', 'lat'],
      lng: ['longitude', 'lng', 'lon'],
      network: ['kind', 'label', 'ep', 'reseau', 'appartenance_education_prioritaire'],
      type: ['type_etablissement', 'type_detablissement'],
    },
    required: ['uai', 'name', 'commune'],
  },
];

export const EXPECTED_COLUMNS_HELP = [
  "• liste des REP et REP+ (séparateur « ; ») : colonnes NUMERO, NOM DE L'ETABLISSEMENT, COMMUNE, TYPE_DETABLISSEMENT, EP, et de préférence N°Département ;",
  "• liste d'établissements : une colonne UAI (code_uai, Code UAI, UAI…), un nom (name, ETABLISSEMENT, Nom…), une commune (city, Commune, Ville…), " +
    'et en option code postal (zipcode, Code postal), adresse (street, Adresse), département, réseau (kind, EP : rep, rep_plus, REP+…) ' +
    'et coordonnées : colonne coordinates au format « POINT (lon lat) » ou GeoJSON [lon, lat], ou colonnes latitude et longitude.',
].join('\n');

/** "N°Département" -> "n_departement", "UAI tête de réseau" -> "uai_tete_de_reseau". */
export function normalizeHeader(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export interface DetectedFormat {
  spec: FormatSpec;
  /** Column index per field present in the file. */
  index: Partial<Record<Field, number>>;
}

export function detectFormat(header: string[]): DetectedFormat {
  const normalized = header.map(normalizeHeader);
  for (const spec of FORMATS) {
    const index: Partial<Record<Field, number>> = {};
    for (const [field, names] of Object.entries(spec.columns) as [Field, string[]][]) {
      // Aliases are ordered by preference, so "code_departement" wins over a department name column.
      for (const name of names) {
        const at = normalized.indexOf(name);
        if (at >= 0) {
          index[field] = at;
          break;
        }
      }
    }
    if (spec.required.every((field) => index[field] !== undefined)) return { spec, index };
  }
  const found =
    header
      .map((h) => h.trim())
      .filter(Boolean)
      .join(', ') || '(aucune)';
  throw new UnknownFormatError(
    `Format de fichier non reconnu. Colonnes trouvées : ${found}.\nFormats acceptés :\n${EXPECTED_COLUMNS_HELP}`,
  );
}

/** Reads a whole file: throws CsvError (malformed) or UnknownFormatError (unknown header). */
export function parseSchoolFile(text: string): ParsedSchoolFile {
  const table = parseCsv(text);
  const detected = detectFormat(table.header);
  const result: ParsedSchoolFile = {
    format: detected.spec.format,
    formatLabel: detected.spec.label,
    records: [],
    rejected: [],
    skipped: 0,
  };
  for (const row of table.rows) {
    const mapped = mapRow(detected, row);
    if (mapped === 'skip') result.skipped++;
    else if ('reason' in mapped) result.rejected.push(mapped);
    else result.records.push(mapped);
  }
  return result;
}

export function mapRow({ spec, index }: DetectedFormat, row: CsvRow): SchoolRecord | RejectedRow | 'skip' {
  const get = (field: Field): string => {
    const at = index[field];
    return at === undefined ? '' : (row.fields[at] ?? '').replace(/\s+/g, ' ').trim();
  };
  const type = get('type');
  if (index.type !== undefined && !isCollege(type)) return 'skip';

  const rawUai = get('uai');
  const uai = normalizeUai(rawUai);
  const reject = (reason: string): RejectedRow => ({ line: row.line, uai: uai || null, reason });
  const uaiProblem = checkUai(uai);
  if (uaiProblem) return reject(uaiProblem);

  const name = get('name');
  if (!name) return reject("nom de l'établissement manquant");
  const commune = get('commune');
  if (!commune) return reject('commune manquante');

  const rawNetwork = get('network');
  const network = parseNetwork(rawNetwork);
  // The REP list exists to give the network: a row without one is an error in that file, whereas a
  // school list may legitimately carry "qpv" or nothing.
  if (spec.format === 'rep_list' && !network) {
    return reject(
      rawNetwork
        ? `réseau « ${rawNetwork} » inconnu : REP ou REP+ attendu`
        : 'réseau (colonne EP) manquant : REP ou REP+ attendu',
    );
  }

  const rawPostcode = get('postcode');
  const postcode = rawPostcode ? normalizePostcode(rawPostcode) : null;
  if (rawPostcode && !postcode) return reject(`code postal « ${rawPostcode} » invalide`);

  const position = readPosition(get('coordinates'), get('lat'), get('lng'));
  if (typeof position === 'string') return reject(position);

  const departmentCode =
    normalizeDepartmentCode(get('department')) ??
    departmentFromUai(uai) ??
    (postcode ? departmentFromPostcode(postcode) : null);
  if (!departmentCode)
    return reject("département introuvable : ni la colonne département, ni l'UAI, ni le code postal ne l'indiquent");

  return {
    line: row.line,
    uai,
    name,
    commune,
    postcode,
    address: get('address') || null,
    departmentCode,
    lat: position?.lat ?? null,
    lng: position?.lng ?? null,
    network,
    source: spec.format,
  };
}

/** "COLLEGE", "Collège" are in; "SEGPA DU COLLEGE", écoles and lycées are out. */
export function isCollege(type: string): boolean {
  const t = normalizeHeader(type);
  return t === 'clg' || t === 'college' || t.startsWith('college_');
}

/** "REP+", "rep_plus", "REP +" -> rep_plus; "REP" -> rep; anything else (qpv, blank) -> null. */
export function parseNetwork(raw: string): ImportedNetwork | null {
  const value = raw.toLowerCase().replace(/[\s_-]+/g, '');
  if (value === 'rep+' || value === 'repplus') return 'rep_plus';
  if (value === 'rep') return 'rep';
  return null;
}

function readPosition(coordinates: string, lat: string, lng: string): { lat: number; lng: number } | null | string {
  if (coordinates) {
    const parsed = parseCoordinates(coordinates);
    if (!parsed) return `coordonnées « ${coordinates} » illisibles : « POINT (lon lat) » ou [lon, lat] attendu`;
    return inRange(parsed);
  }
  if (!lat && !lng) return null;
  if (!lat || !lng) return 'latitude et longitude doivent être renseignées ensemble';
  // French spreadsheets write decimals with a comma.
  const position = { lat: Number(lat.replace(',', '.')), lng: Number(lng.replace(',', '.')) };
  if (!Number.isFinite(position.lat) || !Number.isFinite(position.lng))
    return `coordonnées « ${lat} ; ${lng} » illisibles`;
  return inRange(position);
}

function inRange(position: { lat: number; lng: number }): { lat: number; lng: number } | string {
  if (Math.abs(position.lat) > 90 || Math.abs(position.lng) > 180) {
    return `coordonnées hors limites (latitude ${position.lat}, longitude ${position.lng})`;
  }
  return position;
}
