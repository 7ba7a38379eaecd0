import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { hostOrganisations, offers } from '@/db/schema';
import { todayInParis } from '@/lib/calendar/weeks';
import { getGeocoder } from '@/lib/geo/geocoder';
import { transitionOffer } from '@/lib/offers/lifecycle-mutations';
import { saveOfferWeeks } from '@/lib/offers/weeks-mutations';
import { addErrors, checkFields, mergeFields, type OfferFields } from './offer-fields';
import { placeForOffer } from './offer-host-mutations';
import { findOwnOffer, knownSectorId, recordedWeeks, UNKNOWN_SECTOR } from './offer-lookup-queries';
import { ApiRefusal, refusalOf, type ApiCallOptions } from './offer-refusals';
import { sentAsIs, type ApiOfferPayload } from './offer-payload';
import { apiError, type ApiCaller, type ApiFailure } from './types';

/*
 * PATCH /internship_offers/{remote_id}: the fields sent over the offer as it is, the whole checked
 * by the form's schemas (a title alone is checked with the offer's weeks and hours, as the form's
 * steps would); then written in one transaction with the offer's row locked, weeks through the
 * form's weeks step. `published_at: null` unpublishes, a date publishes again (transitionOffer,
 * which refuses an offer the national team unpublished).
 */

const PLACE_FIELDS = ['street', 'zipcode', 'city', 'coordinates'] as const;
const WEEK_FIELDS = ['weeks', 'max_candidates', 'max_students_per_group'] as const;

export async function updateOwnOffer(
  caller: ApiCaller,
  remoteId: string,
  { payload, errors: typeErrors }: { payload: ApiOfferPayload; errors: Record<string, string[]> },
  options: ApiCallOptions,
  db: Db,
): Promise<{ ok: true; id: string } | ApiFailure> {
  const today = options.today ?? todayInParis();
  const now = options.now ?? new Date();
  const found = await findOwnOffer(db, caller, remoteId);
  if (!found.ok) return found;
  if (found.offer.status === 'archived') return apiError('API_ALREADY_DESTROYED', 'api already destroyed');
  const [row] = await db
    .select({ offer: offers, hostName: hostOrganisations.name, hostKind: hostOrganisations.kind })
    .from(offers)
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .where(eq(offers.id, found.offer.id));
  const { offer } = row!;
  const recorded = await recordedWeeks(db, offer.id);
  const base: OfferFields = {
    title: offer.title,
    description: offer.description,
    street: offer.street ?? '',
    postcode: offer.postcode ?? '',
    commune: offer.commune ?? '',
    lat: offer.lat ?? '',
    lng: offer.lng ?? '',
    weeks: recorded,
    seatsPerWeek: offer.seatsPerWeek,
    seatsPerYear: offer.seatsPerYear,
    dailyStart: offer.dailyStart?.slice(0, 5) ?? '09:00',
    dailyEnd: offer.dailyEnd?.slice(0, 5) ?? '16:00',
    lunchBreakMinutes: offer.lunchBreakMinutes,
  };
  const merged = mergeFields(base, payload);
  if (!merged.ok) return apiError('VALIDATION_ERROR', { ...merged.errors, ...typeErrors });
  const checked = checkFields(merged.fields, { schoolYear: offer.schoolYear, today, recorded });
  const errors: Record<string, string[]> = { ...(checked.ok ? {} : checked.errors), ...typeErrors };
  // The offer belongs to its host: moving it to another would hand its applications to strangers.
  if (
    (payload.employer_name !== undefined && payload.employer_name.toLowerCase() !== row!.hostName.toLowerCase()) ||
    (payload.is_public !== undefined && payload.is_public !== (row!.hostKind === 'public'))
  )
    errors.employer_name = [
      'La structure d’accueil d’une offre ne change pas : supprimez cette offre et créez-en une pour l’autre structure.',
    ];
  if (payload.published_at && Number.isNaN(Date.parse(payload.published_at)))
    errors.published_at = ['Une date ISO 8601 est attendue (ou null pour dépublier l’offre).'];
  const sectorId = payload.sector_uuid ? await knownSectorId(db, payload.sector_uuid) : null;
  if (payload.sector_uuid && !sectorId) errors.sector = [UNKNOWN_SECTOR];
  if (!checked.ok || Object.keys(errors).length) return apiError('VALIDATION_ERROR', errors);
  const { values } = checked;
  const placeChanged = PLACE_FIELDS.some((field) => payload[field] !== undefined);
  const place = placeChanged ? await placeForOffer(db, values, options.geocoder ?? getGeocoder()) : null;
  if (place && !place.ok) {
    addErrors(errors, { [place.field]: [place.message] });
    return apiError('VALIDATION_ERROR', errors);
  }

  try {
    return await db.transaction(async (tx) => {
      const locked = await findOwnOffer(tx, caller, remoteId, true);
      if (!locked.ok) throw new ApiRefusal(locked);
      if (locked.offer.status === 'archived')
        throw new ApiRefusal(apiError('API_ALREADY_DESTROYED', 'api already destroyed'));
      const current = locked.offer;
      if (WEEK_FIELDS.some((field) => payload[field] !== undefined)) {
        const saved = await saveOfferWeeks(tx, current, values, { today, now, actorId: null });
        if (!saved.ok) throw new ApiRefusal(refusalOf(saved));
      }
      await tx
        .update(offers)
        .set({
          title: values.title,
          description: values.description,
          ...(sectorId && { sectorId }),
          ...(place?.ok && place.columns),
          dailyStart: values.dailyStart,
          dailyEnd: values.dailyEnd,
          lunchBreakMinutes: values.lunchBreakMinutes,
          ...sentAsIs(payload),
          updatedAt: now,
        })
        .where(eq(offers.id, current.id));
      const transition =
        payload.published_at === null && current.status === 'published'
          ? 'unpublish'
          : payload.published_at && current.status !== 'published'
            ? 'publish'
            : null;
      if (transition) {
        const moved = await transitionOffer(tx, current, transition, null, {
          today,
          now,
          details: { apiTokenId: caller.tokenId },
        });
        if (!moved.ok) throw new ApiRefusal(apiError('VALIDATION_ERROR', { published_at: [moved.message] }));
      }
      return { ok: true as const, id: current.id };
    });
  } catch (error) {
    if (error instanceof ApiRefusal) return error.outcome;
    throw error;
  }
}
