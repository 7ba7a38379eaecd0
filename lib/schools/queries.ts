import 'server-only';
import { and, asc, eq, isNotNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { schools } from '@/db/schema';

export interface SchoolSearchResult {
  id: string;
  uai: string;
  name: string;
  commune: string;
  postcode: string | null;
  departmentCode: string;
  network: 'rep_plus' | 'rep' | 'derogation' | 'none';
  eligible: boolean;
  registered: boolean;
}

/** REP+, REP, or a derogation approved by the prefecture and the académie (circular, II). */
export const eligibleSchool: SQL = sql`(${schools.network} in ('rep_plus', 'rep') or (${schools.network} = 'derogation' and ${schools.derogationApprovedAt} is not null))`;

const directoryColumns = {
  id: schools.id,
  uai: schools.uai,
  name: schools.name,
  commune: schools.commune,
  postcode: schools.postcode,
  departmentCode: schools.departmentCode,
  network: schools.network,
  eligible: sql<boolean>`${eligibleSchool}`,
  registered: sql<boolean>`${schools.registeredAt} is not null`,
};

/** Accent- and case-insensitive comparison without the unaccent extension (absent from PGlite). */
const fold = (value: SQLWrapper | string) => sql`translate(lower(${value}), 'àâäáãéèêëíìîïóòôöõúùûüçœæÿ', 'aaaaaeeeeiiiiooooouuuucoay')`;

/**
 * The public school directory, searched by name, commune or UAI (at least 2 characters; an exact
 * UAI comes first). `registeredOnly` keeps schools whose head has registered them (pupil sign-up).
 * Public data: no personal information in the result.
 */
export async function searchSchools(query: string, { registeredOnly = false, limit = 20 } = {}, db?: Db): Promise<SchoolSearchResult[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  db ??= await getDb();
  const pattern = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const uai = q.toUpperCase().replace(/\s+/g, '');
  const rows = await db
    .select(directoryColumns)
    .from(schools)
    .where(
      and(
        or(eq(schools.uai, uai), sql`${fold(schools.name)} like ${fold(pattern)}`, sql`${fold(schools.commune)} like ${fold(pattern)}`, sql`${schools.postcode} like ${pattern}`),
        registeredOnly ? isNotNull(schools.registeredAt) : undefined,
      ),
    )
    .orderBy(sql`${schools.uai} = ${uai} desc`, asc(schools.commune), asc(schools.name))
    .limit(limit);
  return rows;
}

/** One school of the directory by id (public fields only), or null. */
export async function findSchool(id: string, db?: Db): Promise<SchoolSearchResult | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  db ??= await getDb();
  const [row] = await db
    .select(directoryColumns)
    .from(schools)
    .where(eq(schools.id, id));
  return row ?? null;
}

export const NETWORK_LABELS: Record<SchoolSearchResult['network'], string> = {
  rep_plus: 'REP+',
  rep: 'REP',
  derogation: 'Dérogation',
  none: 'Hors éducation prioritaire',
};
