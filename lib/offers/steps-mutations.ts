import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import { departments, hostOrganisations, offerReservations, offers, schools, sectors } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import { type IsoDate } from '@/lib/calendar/weeks';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { FORM_ERRORS_MESSAGE, parseValues } from '@/lib/forms';
import { getGeocoder, type Geocoder } from '@/lib/geo/geocoder';
import { readOnlyRefusal } from '@/lib/hosts/policy';
import { placeAddress } from '@/lib/geo/position';
import { departmentFromPostcode } from '@/lib/geo/postcode';
import { lockManagedOffer, OFFER_NOT_FOUND } from './mutations';
import { saveOfferWeeks } from './weeks-mutations';
import { ARCHIVED_OFFER, isEditable } from './lifecycle-rules';
import {
  contentSchema,
  placeSchema,
  practicalSchema,
  reservationSchema,
  structureSchema,
  type OfferStep,
} from './schemas';
import { managedOffers, supportedByOperator } from './scope';

/*
 * The offer form's steps, saved one at a time into a draft (or straight into a published offer:
 * pupils then see the change). Each step parses its zod schema again here, the browser's check
 * being a convenience. Every write is scoped by managedOffers(actor) in its WHERE clause.
 */

type Result = ActionResult<{ offerId: string }>;
const FORBIDDEN = 'Seules les structures d’accueil et les associations partenaires publient des offres.';

interface StepOptions {
  today: IsoDate;
  now?: Date;
  geocoder?: Geocoder;
}

export async function saveOfferStep(
  actor: SessionUser,
  offerId: string | null,
  step: OfferStep,
  values: unknown,
  options: StepOptions,
  db?: Db,
): Promise<Result> {
  const scope = managedOffers(actor);
  if (!scope) return fail('FORBIDDEN', FORBIDDEN);
  const readOnly = readOnlyRefusal(actor);
  if (readOnly) return readOnly;
  db ??= await getDb();
  if (offerId === null) {
    if (step !== 'structure') return fail('NOT_FOUND', OFFER_NOT_FOUND);
    return createDraft(actor, values, options, db);
  }
  return db.transaction(async (tx) => {
    const offer = await lockManagedOffer(tx, actor, offerId);
    if (!offer) return fail('NOT_FOUND', OFFER_NOT_FOUND);
    if (!isEditable(offer.status)) return fail('OFFER_ARCHIVED', ARCHIVED_OFFER);
    const now = options.now ?? new Date();
    const update = (set: Partial<typeof offers.$inferInsert>) =>
      tx
        .update(offers)
        .set({ ...set, updatedAt: now })
        .where(and(eq(offers.id, offer.id), scope));

    switch (step) {
      case 'structure': {
        const parsed = parse(structureSchema, values);
        if (!parsed.ok) return parsed;
        const { organisationId: _ignored, ...tutor } = parsed.data;
        await update({ ...tutor, tutorRole: tutor.tutorRole || null, tutorPhone: tutor.tutorPhone || null });
        break;
      }
      case 'contenu': {
        const parsed = parse(contentSchema, values);
        if (!parsed.ok) return parsed;
        if (!(await tx.$count(sectors, eq(sectors.id, parsed.data.sectorId))))
          return failOn('sectorId', 'Choisissez le secteur d’activité dans la liste.');
        await update(parsed.data);
        break;
      }
      case 'lieu': {
        const parsed = parse(placeSchema, values);
        if (!parsed.ok) return parsed;
        const place = await locatePlace(tx, parsed.data, options.geocoder ?? getGeocoder());
        if (!place.ok) return failOn(place.field, place.message);
        await update(place.columns);
        break;
      }
      case 'semaines': {
        const saved = await saveOfferWeeks(tx, offer, values, { today: options.today, now, actorId: actor.id });
        if (!saved.ok) return saved;
        break;
      }
      case 'pratique': {
        const parsed = parse(practicalSchema, values);
        if (!parsed.ok) return parsed;
        await update(parsed.data);
        break;
      }
      case 'reservation': {
        const parsed = parse(reservationSchema, values);
        if (!parsed.ok) return parsed;
        const schoolIds = parsed.data.reserved ? [...new Set(parsed.data.schoolIds)] : [];
        if (schoolIds.length && (await tx.$count(schools, inArray(schools.id, schoolIds))) !== schoolIds.length)
          return failOn('schoolIds', 'Un des collèges choisis est introuvable : choisissez-les dans l’annuaire.');
        // Pending requests from heads stay; the accepted list becomes the host's choice.
        await tx
          .delete(offerReservations)
          .where(and(eq(offerReservations.offerId, offer.id), eq(offerReservations.status, 'accepted')));
        if (schoolIds.length)
          await tx
            .insert(offerReservations)
            .values(
              schoolIds.map((schoolId) => ({
                offerId: offer.id,
                schoolId,
                status: 'accepted' as const,
                requestedBy: actor.id,
              })),
            )
            .onConflictDoUpdate({
              target: [offerReservations.offerId, offerReservations.schoolId],
              set: { status: 'accepted' },
            });
        await update({ isReserved: schoolIds.length > 0 });
        break;
      }
    }
    return { ok: true, data: { offerId: offer.id } };
  });
}

/** The first step creates the draft, for the host's organisation or one the operator supports. */
async function createDraft(actor: SessionUser, values: unknown, { today }: StepOptions, db: Db): Promise<Result> {
  const parsed = parse(structureSchema, values);
  if (!parsed.ok) return parsed;
  const { organisationId: chosen, ...tutor } = parsed.data;
  let organisationId = actor.organisationId;
  if (actor.role === 'operator') {
    if (!chosen) return failOn('organisationId', 'Choisissez la structure d’accueil dans la liste.');
    const [supported] = await db
      .select({ id: hostOrganisations.id })
      .from(hostOrganisations)
      .where(
        and(eq(hostOrganisations.id, chosen), supportedByOperator(actor.operatorId!, sql`${hostOrganisations.id}`)),
      );
    if (!supported)
      return failOn(
        'organisationId',
        'Votre association n’accompagne pas cette structure : choisissez-en une dans la liste.',
      );
    organisationId = supported.id;
  }
  const [created] = await db
    .insert(offers)
    .values({
      organisationId: organisationId!,
      operatorId: actor.role === 'operator' ? actor.operatorId : null,
      createdBy: actor.id,
      schoolYear: currentOrUpcomingSchoolYear(today),
      title: 'Nouvelle offre',
      ...tutor,
      tutorRole: tutor.tutorRole || null,
      tutorPhone: tutor.tutorPhone || null,
    })
    .returning({ id: offers.id });
  return { ok: true, data: { offerId: created!.id } };
}

/**
 * The place step's columns: the position checked against the address's commune (placeAddress),
 * the département from the commune code or else the postcode; the refusal otherwise. The partner
 * API places its offers with it too (lib/api/offer-host-mutations.ts).
 */
export async function locatePlace(tx: Db, input: z.infer<typeof placeSchema>, geocoder: Geocoder) {
  const place = await placeAddress(input, geocoder);
  if (!place.ok) return place;
  const { communeCode } = place;
  const candidate = communeCode
    ? communeCode.startsWith('97')
      ? communeCode.slice(0, 3)
      : communeCode.slice(0, 2)
    : departmentFromPostcode(input.postcode);
  const known = candidate ? await tx.$count(departments, eq(departments.code, candidate)) : 0;
  return {
    ok: true as const,
    columns: {
      street: input.street,
      postcode: input.postcode,
      commune: input.commune,
      communeCode,
      departmentCode: known ? candidate : null,
      ...place.position,
    },
  };
}

function parse<T>(schema: z.ZodType<T>, values: unknown): { ok: true; data: T } | Extract<Result, { ok: false }> {
  const parsed = parseValues(schema, values);
  return parsed.ok ? parsed : fail('VALIDATION', FORM_ERRORS_MESSAGE, parsed.fieldErrors);
}
