import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { applications, offers } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { managedOffers } from '@/lib/offers/scope';

/** The application, if it is to one of the offers the actor manages (null: the actor manages no offer, or not an id). */
export function managedApplication(actor: SessionUser, applicationId: string): SQL | null {
  const scope = managedOffers(actor);
  if (!scope || !isUuid(applicationId)) return null;
  return and(
    eq(applications.id, applicationId),
    sql`${applications.offerId} in (select ${offers.id} from ${offers} where ${scope})`,
  )!;
}
