'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { deleteSimulation, loadSimulation } from './loaded-mutations';
import { deleteSimulationSchema, loadSimulationSchema } from './loaded-schemas';

const SIMULATIONS_PATH = '/admin/simulations';

/** Loads a result file under its name; the page then lists it, and the dashboards show it. */
export async function loadSimulationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(loadSimulationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { label, file } = parsed.data;
  const result = await loadSimulation(user, { label, content: await file.text() });
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(SIMULATIONS_PATH);
  revalidatePath('/pilotage', 'layout');
  redirect(doneHref(SIMULATIONS_PATH, 'chargee'));
}

export async function deleteSimulationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(deleteSimulationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deleteSimulation(user, parsed.data.simulationId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(SIMULATIONS_PATH);
  revalidatePath('/pilotage', 'layout');
  redirect(doneHref(SIMULATIONS_PATH, 'supprimee'));
}
