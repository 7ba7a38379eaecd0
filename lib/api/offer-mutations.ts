import 'server-only';
import { getDb, type Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { offers } from '@/db/schema';
import { todayInParis } from '@/lib/calendar/weeks';
import { getGeocoder } from '@/lib/geo/geocoder';
import { transitionOffer } from '@/lib/offers/lifecycle-mutations';
import { saveOfferWeeks } from '@/lib/offers/weeks-mutations';
import { addErrors, checkFields, creationDefaults, mergeFields, schoolYearOfWeeks } from './offer-fields';
import { hostForOffer, placeForOffer } from './offer-host-mutations';
import { offerJson, type ApiOfferJson } from './offer-json';
import { findOwnOffer, knownSectorId, UNKNOWN_SECTOR } from './offer-lookup-queries';
import { ApiRefusal, refusalOf, type ApiCallOptions } from './offer-refusals';
import { readOfferPayload, sentAsIs } from './offer-payload';
import { apiOfferRow } from './offer-queries';
import { updateOwnOffer } from './offer-update-mutations';
import { apiError, type ApiCaller, type ApiOutcome } from './types';

/*
 * The partner API's writes (POST, PATCH, DELETE /internship_offers), each through the site's own
 * functions: the form's schemas (offer-fields.ts), its place and weeks steps, its publication and
 * archiving (transitionOffer), so an API offer is in the search, takes applications and counts in
 * the statistics exactly as a web offer does. The operator's tool acts, not a person: actor ids
 * are null and the audit entries carry the token's id.
 */

export async function createApiOffer(
  caller: ApiCaller,
  body: unknown,
  options: ApiCallOptions = {},
  db?: Db,
): Promise<ApiOutcome<ApiOfferJson>> {
  const read = readOfferPayload(body, 'create');
  if (!read.ok) return read;
  const { payload } = read;
  const today = options.today ?? todayInParis();
  const now = options.now ?? new Date();
  const merged = mergeFields(creationDefaults(today), payload);
  if (!merged.ok) return apiError('VALIDATION_ERROR', { ...merged.errors, ...read.errors });
  const schoolYear = schoolYearOfWeeks(merged.fields.weeks, today);
  const checked = checkFields(merged.fields, { schoolYear, today, recorded: [] });
  db ??= await getDb();
  const sectorId = payload.sector_uuid ? await knownSectorId(db, payload.sector_uuid) : null;
  // The type errors of a field win over what the form's rules say of its default in its place.
  const errors = { ...(checked.ok ? {} : checked.errors), ...read.errors };
  if (payload.sector_uuid && !sectorId) errors.sector = [UNKNOWN_SECTOR];
  // Any field refused (its type, the form's rules, the sector) refuses the offer: nothing is dropped silently.
  if (!checked.ok || !sectorId || Object.keys(errors).length) return apiError('VALIDATION_ERROR', errors);
  const { values } = checked;
  // Geocoding may call the address API: before the transaction, which then holds no lock waiting for it.
  const place = await placeForOffer(db, values, options.geocoder ?? getGeocoder());
  if (!place.ok) {
    addErrors(errors, { [place.field]: [place.message] });
    return apiError('VALIDATION_ERROR', errors);
  }

  const remoteId = payload.remote_id!;
  try {
    const offerId = await db.transaction(async (tx) => {
      const host = await hostForOffer(tx, caller.operatorId, {
        name: payload.employer_name!,
        isPublic: payload.is_public ?? false,
        ministryId: payload.ministry_id ?? null,
        postcode: values.postcode,
        commune: values.commune,
        departmentCode: place.columns.departmentCode,
      });
      if (!host.ok) throw new ApiRefusal(apiError('VALIDATION_ERROR', host.errors));
      // The unique index (operator, remote_id) decides between concurrent calls: no check first.
      const [created] = await tx
        .insert(offers)
        .values({
          organisationId: host.id,
          operatorId: caller.operatorId,
          remoteId,
          schoolYear,
          title: values.title,
          description: values.description,
          sectorId,
          ...place.columns,
          dailyStart: values.dailyStart,
          dailyEnd: values.dailyEnd,
          lunchBreakMinutes: values.lunchBreakMinutes,
          seatsPerWeek: values.seatsPerWeek,
          seatsPerYear: values.seatsPerYear,
          ...sentAsIs(payload),
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: offers.id });
      const offer = { id: created!.id, status: 'draft' as const, schoolYear, moderatedAt: null };
      const steps = [
        () => saveOfferWeeks(tx, offer, values, { today, now, actorId: null }),
        () => transitionOffer(tx, offer, 'publish', null, { today, now, details: { apiTokenId: caller.tokenId } }),
      ];
      for (const step of steps) {
        const result = await step();
        if (!result.ok) throw new ApiRefusal(refusalOf(result));
      }
      return offer.id;
    });
    return { ok: true, status: 201, body: offerJson(await apiOfferRow(db, offerId)) };
  } catch (error) {
    if (error instanceof ApiRefusal) return error.outcome;
    if (isUniqueViolation(error, 'offers_operator_remote_id'))
      return apiError(
        'DUPLICATE_INTERNSHIP_OFFER',
        `internship_offer with this remote_id (${remoteId}) already exists`,
      );
    throw error;
  }
}

/** DELETE: archives the offer as the site's "Archiver" does (pending applications cancelled, pupils told). */
export async function deleteApiOffer(
  caller: ApiCaller,
  remoteId: string,
  options: ApiCallOptions = {},
  db?: Db,
): Promise<ApiOutcome<ApiOfferJson>> {
  const today = options.today ?? todayInParis();
  const now = options.now ?? new Date();
  db ??= await getDb();
  const outcome = await db.transaction(async (tx) => {
    const found = await findOwnOffer(tx, caller, remoteId, true);
    if (!found.ok) return found;
    if (found.offer.status === 'archived') return apiError('API_ALREADY_DESTROYED', 'api already destroyed');
    const archived = await transitionOffer(tx, found.offer, 'archive', null, {
      today,
      now,
      details: { apiTokenId: caller.tokenId },
    });
    return archived.ok ? { ok: true as const, id: found.offer.id } : apiError('SEATS_HELD', archived.message);
  });
  if (!outcome.ok) return outcome;
  return { ok: true, status: 200, body: offerJson(await apiOfferRow(db, outcome.id)) };
}

/** PATCH: the fields sent, checked with the rest of the offer as the form would; published_at moves it. */
export async function updateApiOffer(
  caller: ApiCaller,
  remoteId: string,
  body: unknown,
  options: ApiCallOptions = {},
  db?: Db,
): Promise<ApiOutcome<ApiOfferJson>> {
  const read = readOfferPayload(body, 'update');
  if (!read.ok) return read;
  db ??= await getDb();
  const outcome = await updateOwnOffer(caller, remoteId, read, options, db);
  if (!outcome.ok) return outcome;
  return { ok: true, status: 200, body: offerJson(await apiOfferRow(db, outcome.id)) };
}
