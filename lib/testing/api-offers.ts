import { randomUUID } from 'node:crypto';
import { demoId } from '@/db/seed/demo-data';
import { operators } from '@/db/schema';
import type { Db } from '@/db/client';
import { formatIsoWeek } from '@/lib/calendar/weeks';
import type { ApiCaller } from '@/lib/api/types';
import { TODAY, NOW, W0, W1, W2 } from './applications';

/* Fixtures of the partner API's tests: callers, and an offer body as a partner's tool sends it. */

export const OPTIONS = { today: TODAY, now: NOW };
export const ISO_WEEKS = [W0, W1, W2].map(formatIsoWeek);
/** A sector of the reference list (Artisanat d’art), the one of the contract's example. */
export const SECTOR_UUID = '1ce60ecc-273d-4c73-9b1a-2f5ee14e1bc6';

/** The demo operator "Tous en stage", calling through a token. */
export const demoOperator: ApiCaller = { tokenId: 'token-demo', operatorId: demoId(321), fullAccess: false };

/** Another operator, with no host yet. */
export async function newOperator(db: Db, fullAccess = false): Promise<ApiCaller> {
  const [row] = await db
    .insert(operators)
    .values({ name: `Opérateur ${randomUUID()}`, apiFullAccess: fullAccess })
    .returning({ id: operators.id });
  return { tokenId: `token-${row!.id}`, operatorId: row!.id, fullAccess };
}

/** An offer in Saint-Denis (near Collège Henri Barbusse) on the demo class's weeks. */
export function offerBody(fields: Record<string, unknown> = {}) {
  return {
    internship_offer: {
      title: 'Découvrir la logistique d’un entrepôt',
      description: 'Réception des colis, préparation des commandes, expédition.',
      employer_name: 'Entrepôts de la Plaine',
      employer_description: 'Logistique urbaine.',
      employer_website: 'https://entrepots.exemple.fr',
      street: '1 rue du Landy',
      zipcode: '93200',
      city: 'Saint-Denis',
      remote_id: `ref-${randomUUID()}`,
      permalink: 'https://partenaire.exemple.fr/offres/1',
      sector_uuid: SECTOR_UUID,
      max_candidates: 3,
      max_students_per_group: 1,
      is_public: false,
      coordinates: { latitude: 48.92, longitude: 2.36 },
      weeks: ISO_WEEKS,
      daily_hours: { lundi: ['9:00', '16:00'], mardi: ['9:00', '16:00'], vendredi: ['9:00', '15:00'] },
      lunch_break: '12h-13h',
      ...fields,
    },
  };
}
