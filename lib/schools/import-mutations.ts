import { foldText } from '@/lib/text/fold';
import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { departments, schools, type School } from '@/db/schema';
import type { RejectedRow, SchoolRecord } from './import-rules';

/**
 * Writes normalised records (import-rules.ts) into `schools`, keyed by UAI. The database is a
 * parameter so the CLI passes the process connection and tests their own throwaway one.
 */

export interface ImportReport {
  /** New schools. */
  imported: number;
  /** Existing schools whose data changed. */
  updated: number;
  /** Existing schools the file brings nothing new to: not written, so updated_at stays meaningful. */
  unchanged: number;
  rejected: RejectedRow[];
}

export type ImportedSchool = Pick<
  School,
  'uai' | 'name' | 'commune' | 'postcode' | 'address' | 'departmentCode' | 'lat' | 'lng' | 'network'
>;

/** 500 rows x 10 columns stays far below PostgreSQL's 65 535 bind parameters per statement. */
const BATCH_SIZE = 500;

export async function importSchools(
  db: Db,
  records: SchoolRecord[],
  { batchSize = BATCH_SIZE } = {},
): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, updated: 0, unchanged: 0, rejected: [] };
  const known = new Set((await db.select({ code: departments.code }).from(departments)).map((d) => d.code));

  // First occurrence wins: applying both would make the result depend on row order, and a single
  // `insert ... on conflict` statement cannot touch the same row twice anyway.
  const firstLine = new Map<string, number>();
  const accepted: SchoolRecord[] = [];
  for (const record of records) {
    const reject = (reason: string) => report.rejected.push({ line: record.line, uai: record.uai, reason });
    const seen = firstLine.get(record.uai);
    if (seen !== undefined) {
      reject(`UAI en double : déjà présent ligne ${seen}, seule la première occurrence est importée`);
      continue;
    }
    firstLine.set(record.uai, record.line);
    if (!known.has(record.departmentCode)) {
      reject(`département « ${record.departmentCode} » inconnu du référentiel`);
      continue;
    }
    accepted.push(record);
  }

  for (let start = 0; start < accepted.length; start += batchSize) {
    const counts = await importBatch(db, accepted.slice(start, start + batchSize));
    report.imported += counts.imported;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
  }
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
}

/** One transaction per batch: a national file never holds one long lock, and a failure loses one batch at most. */
async function importBatch(db: Db, batch: SchoolRecord[]) {
  return db.transaction(async (tx) => {
    const counts = { imported: 0, updated: 0, unchanged: 0 };
    // FOR UPDATE: an admin editing one of these schools meanwhile waits instead of being overwritten by a stale merge.
    const existing = await tx
      .select({
        uai: schools.uai,
        name: schools.name,
        commune: schools.commune,
        postcode: schools.postcode,
        address: schools.address,
        departmentCode: schools.departmentCode,
        lat: schools.lat,
        lng: schools.lng,
        network: schools.network,
      })
      .from(schools)
      .where(
        inArray(
          schools.uai,
          batch.map((r) => r.uai),
        ),
      )
      .for('update');
    const byUai = new Map(existing.map((school) => [school.uai, school]));

    const writes: ImportedSchool[] = [];
    for (const record of batch) {
      const current = byUai.get(record.uai);
      const next = applyRecord(current, record);
      if (!current) counts.imported++;
      else if (sameSchool(current, next)) {
        counts.unchanged++;
        continue;
      } else counts.updated++;
      writes.push(next);
    }
    if (writes.length > 0) {
      // The merge is already done above; the upsert only covers a school inserted concurrently.
      await tx
        .insert(schools)
        .values(writes)
        .onConflictDoUpdate({
          target: schools.uai,
          set: {
            name: sql.raw('excluded.name'),
            commune: sql.raw('excluded.commune'),
            postcode: sql.raw('excluded.postcode'),
            address: sql.raw('excluded.address'),
            departmentCode: sql.raw('excluded.department_code'),
            lat: sql.raw('excluded.lat'),
            lng: sql.raw('excluded.lng'),
            network: sql.raw('excluded.network'),
            updatedAt: sql`now()`,
          },
        });
    }
    return counts;
  });
}

/**
 * What the school becomes once the record is applied. The official REP list is the authority on
 * the network, whatever order files are imported in, and only on the network: its names are in capitals and its communes carry arrondissements ("MARSEILLE 02"), so for a
 * known school it changes nothing else. A school list refreshes identity, address and coordinates,
 * but an empty cell never erases a known value. Files only say REP+, REP or nothing, so a
 * 'derogation' granted by an admin can only be replaced by a REP network, never reset to 'none'.
 */
export function applyRecord(current: ImportedSchool | undefined, record: SchoolRecord): ImportedSchool {
  if (!current) {
    const { uai, name, commune, postcode, address, departmentCode, lat, lng } = record;
    return { uai, name, commune, postcode, address, departmentCode, lat, lng, network: record.network ?? 'none' };
  }
  if (record.source === 'rep_list') return { ...current, network: record.network ?? current.network };
  // Other lists (older exports) only fill in a network still unknown: the official REP list decides.
  const network = current.network === 'none' ? (record.network ?? 'none') : current.network;
  const hasPosition = record.lat !== null && record.lng !== null;
  return {
    uai: current.uai,
    name: preferSpelling(current.name, record.name),
    commune: preferSpelling(current.commune, record.commune),
    postcode: record.postcode ?? current.postcode,
    address: record.address ?? current.address,
    departmentCode: record.departmentCode,
    lat: hasPosition ? record.lat : current.lat,
    lng: hasPosition ? record.lng : current.lng,
    network,
  };
}

/** Keeps "Gisèle Halimi" over "GISELE HALIMI" (same words, worse spelling); a real renaming wins. */
export function preferSpelling(current: string, incoming: string): string {
  if (comparable(current) !== comparable(incoming)) return incoming;
  const shouting = (value: string) => value === value.toUpperCase();
  return shouting(incoming) && !shouting(current) ? current : incoming;
}

function comparable(value: string): string {
  return foldText(value)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function sameSchool(a: ImportedSchool, b: ImportedSchool): boolean {
  return (Object.keys(b) as (keyof ImportedSchool)[]).every((key) => a[key] === b[key]);
}
