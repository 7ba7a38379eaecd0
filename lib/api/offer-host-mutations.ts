import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { hostOrganisations, ministries, operatorHosts } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { Geocoder } from '@/lib/geo/geocoder';
import { locatePlace } from '@/lib/offers/steps-mutations';
import type { CheckedFields } from './offer-fields';

/*
 * Where an API offer belongs: a host organisation the operator posts for (operator_hosts), named by
 * the contract's employer_name, and a place located as the web form locates it.
 */

export type FieldErrors = Record<string, string[]>;

/**
 * The operator's host of that name and kind (public when is_public), created and linked to the
 * operator when it has none, without SIRET (the contract has none). Two calls naming the same new
 * host at once would each create one: a transaction-scoped advisory lock on (operator, name) makes
 * the second wait and find the first's. A public host needs its supervising ministry (Annex 2
 * counts public offers by ministry): an existing one has it; a new one needs our `ministry_id`.
 */
export async function hostForOffer(
  tx: Db,
  operatorId: string,
  host: {
    name: string;
    isPublic: boolean;
    ministryId: string | null;
    postcode: string;
    commune: string;
    departmentCode: string | null;
  },
): Promise<{ ok: true; id: string } | { ok: false; errors: FieldErrors }> {
  const kind = host.isPublic ? 'public' : 'private';
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`api-host:${operatorId}:${host.name.toLowerCase()}`}))`);
  const [found] = await tx
    .select({ id: hostOrganisations.id })
    .from(hostOrganisations)
    .innerJoin(operatorHosts, eq(operatorHosts.organisationId, hostOrganisations.id))
    .where(
      and(
        eq(operatorHosts.operatorId, operatorId),
        eq(hostOrganisations.kind, kind),
        sql`lower(${hostOrganisations.name}) = ${host.name.toLowerCase()}`,
      ),
    )
    .orderBy(hostOrganisations.createdAt)
    .limit(1);
  if (found) return { ok: true, id: found.id };
  if (host.isPublic) {
    const ministry = host.ministryId ? await tx.$count(ministries, eq(ministries.id, host.ministryId)) : 0;
    if (!ministry)
      return {
        ok: false,
        errors: {
          [host.ministryId ? 'ministry_id' : 'is_public']: [
            `Une administration est rattachée à son ministère : indiquez ministry_id pour créer « ${host.name} », ou demandez à l’équipe nationale de la rattacher à votre association.`,
          ],
        },
      };
  }
  const [created] = await tx
    .insert(hostOrganisations)
    .values({
      kind,
      name: host.name,
      ministryId: host.isPublic ? host.ministryId : null,
      commune: host.commune,
      postcode: host.postcode,
      departmentCode: host.departmentCode,
    })
    .returning({ id: hostOrganisations.id });
  await tx.insert(operatorHosts).values({ operatorId, organisationId: created!.id });
  await audit(tx, {
    actorId: null,
    action: 'operator.host_attached',
    targetType: 'operator',
    targetId: operatorId,
    details: { organisationId: created!.id, via: 'api' },
  });
  return { ok: true, id: created!.id };
}

/**
 * The offer's place as the web form saves it (locatePlace: near the commune of the address, the
 * département from the commune). Coordinates far from the address's commune are a hint we cannot
 * use (the contract's own example sends 1.0, 1.0 for Paris): the address is geocoded instead, as
 * when none are sent, so the offer is still where its address says.
 */
export async function placeForOffer(db: Db, values: CheckedFields, geocoder: Geocoder) {
  const place = await locatePlace(db, values, geocoder);
  if (place.ok || place.field !== 'lat' || values.lat === '') return place;
  return locatePlace(db, { ...values, lat: '', lng: '' }, geocoder);
}
