import { z } from 'zod';
import { confirmField } from '@/lib/forms';
import { idField } from '@/lib/ids';
import { parsePage } from '@/lib/pagination';
import { holidayZone } from '@/db/schema/enums';
import { isIsoDate } from '@/lib/calendar/weeks';
import { emailField } from '@/lib/users/schemas';

/*
 * Inputs of the admin back-office. Ids come from hidden fields and are never trusted beyond their
 * shape: each mutation re-reads the row it changes.
 */

const id = idField('Élément introuvable.');

/** The "Je confirme" checkbox of destructive actions (works without JavaScript). */
export const confirmed = confirmField('Cochez la case pour confirmer.');

/** Why the admin decided: recorded with the change and sent to the people it concerns. */
export const reasonField = z
  .string()
  .trim()
  .min(10, 'Indiquez la raison (10 caractères au moins) : elle est enregistrée et envoyée aux personnes concernées.')
  .max(1000, 'La raison est limitée à 1 000 caractères.');

/** List pages: ?q=…&page=… from searchParams, with defaults rather than errors for odd values. */
export function parseListParams(searchParams: Record<string, string | string[] | undefined>) {
  const q = [searchParams.q].flat()[0] ?? '';
  return { q: q.trim().slice(0, 100), page: parsePage(searchParams.page) };
}

export const userIdSchema = z.object({ userId: id });
export const confirmedUserIdSchema = z.object({ userId: id, confirm: confirmed });

export const derogationSchema = z.object({
  schoolId: id,
  note: z
    .string()
    .trim()
    .min(10, 'Indiquez les références de l’accord de la préfecture et de celui des services académiques.')
    .max(1000, 'La note est limitée à 1 000 caractères.'),
  confirm: confirmed,
});
export const withdrawDerogationSchema = z.object({ schoolId: id, confirm: confirmed });

export const createOperatorSchema = z.object({
  name: z.string().trim().min(2, 'Saisissez le nom de l’association.').max(120, 'Le nom est limité à 120 caractères.'),
});
export const inviteOperatorMemberSchema = z.object({ operatorId: id, email: emailField });
export const operatorHostSchema = z.object({ operatorId: id, organisationId: id });
/** The admin's switch of an operator's partner API search of every published offer. */
export const operatorApiAccessSchema = z.object({
  operatorId: id,
  fullAccess: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export const sectorSchema = z.object({
  sectorId: id,
  name: z.string().trim().min(2, 'Saisissez le nom du secteur.').max(120, 'Le nom est limité à 120 caractères.'),
  onisepUrl: z
    .string()
    .trim()
    .max(500, 'L’adresse est limitée à 500 caractères.')
    .refine(
      (value) => value === '' || /^https?:\/\/[^\s]+\.[^\s]+$/.test(value),
      'Saisissez une adresse commençant par https://, ou laissez vide.',
    )
    .transform((value) => value || null),
});

const isoDate = (what: string) => z.string().refine(isIsoDate, `Saisissez ${what} au format jj/mm/aaaa.`);

export const holidayPeriodFields = z
  .object({
    zone: z.enum(holidayZone.enumValues, { error: 'Choisissez la zone.' }),
    schoolYear: z.coerce
      .number({ error: 'Choisissez l’année scolaire.' })
      .int()
      .min(2015, 'Année scolaire invalide.')
      .max(2100, 'Année scolaire invalide.'),
    name: z
      .string()
      .trim()
      .min(2, 'Saisissez le nom des vacances, par exemple « Vacances de printemps ».')
      .max(80, 'Le nom est limité à 80 caractères.'),
    startsOn: isoDate('le premier jour'),
    endsOn: isoDate('le dernier jour'),
  })
  .refine((value) => value.endsOn >= value.startsOn, {
    path: ['endsOn'],
    message: 'Le dernier jour doit être le même que le premier jour ou après.',
  });
export const updateHolidayPeriodSchema = holidayPeriodFields.and(z.object({ periodId: id }));
export const deleteHolidayPeriodSchema = z.object({ periodId: id, confirm: confirmed });
