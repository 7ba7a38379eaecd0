import type { z } from 'zod';
import { FORM_ERRORS_MESSAGE, submittedValues, type FormState } from '@/lib/forms';
import type { HostPart, LegalRepresentative, SchoolPart } from './rules';
import { hostPartSchema, schoolPartSchema, type HostPartInput, type SchoolPartInput } from './schemas';

/*
 * The convention's parts as plain HTML forms (they work before JavaScript runs): one flat field per
 * value of the nested parts (« tutor.email », « schedule.3.end » for Wednesday, « legalRepresentatives.2.email »),
 * read back into the shapes of schemas.ts, each zod message put back under its field, and the stored
 * parts as the forms' first values. Client-safe: the forms name their fields from here.
 */

export const WEEK_DAYS = [1, 2, 3, 4, 5] as const;
export const REPRESENTATIVE_POSITIONS = [1, 2] as const;

type Values = Record<string, string>;
type Read = (name: string) => string;

const reader =
  (formData: FormData): Read =>
  (name) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };

/** The first message of each field, under the flat name `nameOf` gives its zod path. */
function fieldErrorsOf(issues: z.core.$ZodIssue[], nameOf: (path: PropertyKey[]) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[nameOf(issue.path)] ??= issue.message;
  return errors;
}

const refused = (formData: FormData, fieldErrors: Record<string, string>): { ok: false; state: FormState } => ({
  ok: false,
  state: { status: 'error', message: FORM_ERRORS_MESSAGE, fieldErrors, values: submittedValues(formData) },
});

/** The host's part as stored, as the form's fields (an empty day: no presence that day). */
export function hostPartValues(part: Partial<HostPart>): Values {
  const values: Values = {
    'representative.name': part.representative?.name ?? '',
    'representative.role': part.representative?.role ?? '',
    'tutor.name': part.tutor?.name ?? '',
    'tutor.role': part.tutor?.role ?? '',
    'tutor.email': part.tutor?.email ?? '',
    'tutor.phone': part.tutor?.phone ?? '',
    activities: part.activities ?? '',
    'lunch.arrangement': part.lunch?.arrangement ?? '',
    'lunch.details': part.lunch?.details ?? '',
    'insurance.insurer': part.insurance?.insurer ?? '',
    'insurance.policyNumber': part.insurance?.policyNumber ?? '',
  };
  for (const day of WEEK_DAYS) {
    const hours = part.schedule?.find((d) => d.day === day);
    values[`schedule.${day}.start`] = hours?.start.slice(0, 5) ?? '';
    values[`schedule.${day}.end`] = hours?.end.slice(0, 5) ?? '';
    values[`schedule.${day}.lunchBreakMinutes`] = hours ? String(hours.lunchBreakMinutes) : '';
  }
  return values;
}

/**
 * The host's form read with hostPartSchema: a day whose hours are both left empty is a day without
 * presence. When the host offers no lunch, what the pupil should plan is required (Annex 3: the
 * family is told at the signature).
 */
export function parseHostPartForm(
  formData: FormData,
): { ok: true; data: HostPartInput } | { ok: false; state: FormState } {
  const get = reader(formData);
  const days = WEEK_DAYS.filter((day) => get(`schedule.${day}.start`).trim() || get(`schedule.${day}.end`).trim());
  const input = {
    representative: { name: get('representative.name'), role: get('representative.role') },
    tutor: {
      name: get('tutor.name'),
      role: get('tutor.role'),
      email: get('tutor.email'),
      phone: get('tutor.phone'),
    },
    activities: get('activities'),
    schedule: days.map((day) => ({
      day,
      start: get(`schedule.${day}.start`).trim(),
      end: get(`schedule.${day}.end`).trim(),
      lunchBreakMinutes: get(`schedule.${day}.lunchBreakMinutes`).trim() || '0',
    })),
    lunch: { arrangement: get('lunch.arrangement'), details: get('lunch.details') },
    insurance: { insurer: get('insurance.insurer'), policyNumber: get('insurance.policyNumber') },
  };
  const parsed = hostPartSchema.safeParse(input);
  const fieldErrors = parsed.success
    ? {}
    : fieldErrorsOf(parsed.error.issues, (path) =>
        path[0] === 'schedule' && typeof path[1] === 'number'
          ? `schedule.${days[path[1]]}.${String(path[2] ?? 'start')}`
          : path.map(String).join('.') || 'form',
      );
  if (input.lunch.arrangement === 'none' && !input.lunch.details.trim())
    fieldErrors['lunch.details'] ??=
      'Sans déjeuner offert, dites ce que l’élève doit prévoir : la famille en est prévenue à la signature.';
  if (!parsed.success || Object.keys(fieldErrors).length) return refused(formData, fieldErrors);
  return { ok: true, data: parsed.data };
}

/** The school's part as stored, as the form's fields. */
export function schoolPartValues(
  part: Partial<SchoolPart>,
  legalRepresentatives: readonly Pick<LegalRepresentative, 'position' | 'fullName' | 'email'>[],
): Values {
  const values: Values = {
    signatoryUserId: part.signatory?.userId ?? '',
    referringTeacherName: part.referringTeacher?.name ?? '',
    referringTeacherEmail: part.referringTeacher?.email ?? '',
  };
  for (const position of REPRESENTATIVE_POSITIONS) {
    const rep = legalRepresentatives.find((r) => r.position === position);
    values[`legalRepresentatives.${position}.fullName`] = rep?.fullName ?? '';
    values[`legalRepresentatives.${position}.email`] = rep?.email ?? '';
  }
  return values;
}

/** The school's form read with schoolPartSchema: a legal representative left wholly empty is none. */
export function parseSchoolPartForm(
  formData: FormData,
): { ok: true; data: SchoolPartInput } | { ok: false; state: FormState } {
  const get = reader(formData);
  const positions = REPRESENTATIVE_POSITIONS.filter(
    (p) => get(`legalRepresentatives.${p}.fullName`).trim() || get(`legalRepresentatives.${p}.email`).trim(),
  );
  const parsed = schoolPartSchema.safeParse({
    signatoryUserId: get('signatoryUserId'),
    referringTeacherName: get('referringTeacherName'),
    referringTeacherEmail: get('referringTeacherEmail'),
    legalRepresentatives: positions.map((p) => ({
      fullName: get(`legalRepresentatives.${p}.fullName`),
      email: get(`legalRepresentatives.${p}.email`),
    })),
  });
  if (parsed.success) return { ok: true, data: parsed.data };
  return refused(
    formData,
    fieldErrorsOf(parsed.error.issues, (path) => {
      if (path[0] !== 'legalRepresentatives') return String(path[0] ?? 'form');
      // A message on the whole list (the same e-mail twice) goes under the last one's e-mail.
      const index = typeof path[1] === 'number' ? path[1] : positions.length - 1;
      return `legalRepresentatives.${positions[index] ?? 1}.${String(path[2] ?? 'email')}`;
    }),
  );
}
