import 'server-only';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { departments } from '@/db/schema';

/**
 * A representative's territory covers a department when it is that department, its académie, its
 * region, or the whole country; a ministry scope follows a ministry, not a territory, and covers
 * none. In SQL, for a level and code given as values (the caller's scope) or as columns
 * (state_representatives, to find whom to tell): the one rule for what they read and receive.
 * An offer without a known department is covered by national scopes only.
 */
export function territoryCovers(
  level: AnyColumn | string,
  code: AnyColumn | string | null,
  departmentCode: AnyColumn | string | null,
): SQL {
  // Cast: a level given as a value is a parameter whose type PostgreSQL would otherwise have to guess.
  const lvl = sql`(${level})::text`;
  const territory = sql`(${code})::text`;
  return sql`(${lvl} = 'national' or exists (select 1 from ${departments} where ${departments.code} = ${departmentCode}
    and ((${lvl} = 'department' and ${departments.code} = ${territory})
      or (${lvl} = 'academy' and ${departments.academyCode} = ${territory})
      or (${lvl} = 'region' and ${departments.regionCode} = ${territory}))))`;
}
