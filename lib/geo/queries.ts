import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { academies, departments, regions } from '@/db/schema';

export interface TerritoryOption {
  code: string;
  name: string;
}

/** Regions, académies and departments for the pickers of sign-up and admin forms (public reference data). */
export async function listTerritories(
  db?: Db,
): Promise<{ regions: TerritoryOption[]; academies: TerritoryOption[]; departments: TerritoryOption[] }> {
  db ??= await getDb();
  const [regionRows, academyRows, departmentRows] = await Promise.all([
    db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.name)),
    db.select({ code: academies.code, name: academies.name }).from(academies).orderBy(asc(academies.name)),
    // Department codes sort as people look them up: 01..95, then 2A/2B in place, then overseas.
    db.select({ code: departments.code, name: departments.name }).from(departments).orderBy(asc(departments.code)),
  ]);
  return { regions: regionRows, academies: academyRows, departments: departmentRows };
}

/** The name of a region, académie or department by code, or null when the code is unknown. */
export async function territoryName(
  level: 'region' | 'academy' | 'department',
  code: string,
  db?: Db,
): Promise<string | null> {
  db ??= await getDb();
  const table = { region: regions, academy: academies, department: departments }[level];
  const [row] = await db.select({ name: table.name }).from(table).where(eq(table.code, code));
  return row?.name ?? null;
}
