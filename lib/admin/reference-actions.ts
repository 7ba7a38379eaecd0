'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { createHolidayPeriod, deleteHolidayPeriod, updateHolidayPeriod, updateSector } from './reference-mutations';
import { deleteHolidayPeriodSchema, holidayPeriodFields, sectorSchema, updateHolidayPeriodSchema } from './schemas';

const holidaysPath = (zone: string, schoolYear: number) =>
  `/admin/referentiel/vacances?zone=${zone}&annee=${schoolYear}`;

export async function updateSectorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(sectorSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateSector(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin/referentiel', 'layout');
  redirect(doneHref('/admin/referentiel/secteurs', 'enregistre'));
}

export async function createHolidayPeriodAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(holidayPeriodFields, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createHolidayPeriod(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin/referentiel', 'layout');
  redirect(doneHref(holidaysPath(parsed.data.zone, parsed.data.schoolYear), 'ajoute'));
}

export async function updateHolidayPeriodAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(updateHolidayPeriodSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateHolidayPeriod(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin/referentiel', 'layout');
  redirect(doneHref(holidaysPath(parsed.data.zone, parsed.data.schoolYear), 'enregistre'));
}

export async function deleteHolidayPeriodAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(deleteHolidayPeriodSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deleteHolidayPeriod(user, parsed.data.periodId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin/referentiel', 'layout');
  redirect(doneHref(holidaysPath(result.data.zone, result.data.schoolYear), 'supprime'));
}
