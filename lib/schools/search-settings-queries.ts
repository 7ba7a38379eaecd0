import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { schools, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { canViewSearchSettings } from './policy';

export interface SearchSettings {
  radiusKm: number;
  /** Null while pupils search within the radius. */
  nationalSearch: {
    openedAt: Date;
    /** "Nadia Belkacem"; null once that account is deleted. */
    openedBy: string | null;
  } | null;
}

/** The pupils' search area of the actor's own school, for its staff; null for anyone else. */
export async function getSearchSettings(actor: SessionUser, db?: Db): Promise<SearchSettings | null> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canViewSearchSettings(actor, schoolId)) return null;
  db ??= await getDb();
  const [row] = await db
    .select({
      radiusKm: schools.searchRadiusKm,
      openedAt: schools.nationalSearchOpenedAt,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(schools)
    .leftJoin(users, eq(users.id, schools.nationalSearchOpenedBy))
    .where(eq(schools.id, schoolId));
  if (!row) return null;
  return {
    radiusKm: row.radiusKm,
    nationalSearch: row.openedAt
      ? { openedAt: row.openedAt, openedBy: row.firstName ? `${row.firstName} ${row.lastName}` : null }
      : null,
  };
}
