import { z } from 'zod';
import type { ActionResult } from './errors';

/**
 * What a `<form action>` server action returns to `useActionState`: a message, one error per
 * field, and the values typed (passwords excepted) so that nothing is lost when the form comes back.
 */
export interface FormState {
  status: 'idle' | 'error' | 'success';
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string | string[]>;
}

export const initialFormState: FormState = { status: 'idle' };

/** Echoes the submitted values, never passwords nor Next.js' internal fields. */
export function submittedValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$') || /password|mot-de-passe/i.test(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    values[key] = all.length > 1 || key.endsWith('[]') ? all : (all[0] ?? '');
  }
  return values;
}

export const FORM_ERRORS_MESSAGE = 'Le formulaire contient des erreurs. Corrigez les champs signalés.';
/** The same, for the pages that speak to pupils with "tu". */
export const PUPIL_FORM_ERRORS_MESSAGE = 'Le formulaire contient des erreurs. Corrige les champs signalés.';

/**
 * Reads a FormData with a zod schema (the same one the client uses). Multi-valued fields are
 * named with a trailing `[]` and arrive as arrays under the name without it.
 */
export function parseForm<T>(
  schema: z.ZodType<T>,
  formData: FormData,
  message = FORM_ERRORS_MESSAGE,
): { ok: true; data: T } | { ok: false; state: FormState } {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$')) continue;
    if (key.endsWith('[]')) input[key.slice(0, -2)] = formData.getAll(key);
    else input[key] = formData.get(key);
  }
  const parsed = parseValues(schema, input);
  if (parsed.ok) return parsed;
  const fieldErrors = Object.fromEntries(
    Object.entries(parsed.fieldErrors).map(([field, messages]) => [field, messages[0]!]),
  );
  return {
    ok: false,
    state: { status: 'error', message, fieldErrors, values: submittedValues(formData) },
  };
}

/**
 * Reads plain values (what react-hook-form sends to a server action) with a zod schema: the data,
 * or the messages of each top-level field, in order.
 */
export function parseValues<T>(
  schema: z.ZodType<T>,
  values: unknown,
): { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string[]> } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return { ok: false, fieldErrors };
}

/** Turns a refused ActionResult into the form's state, keeping what was typed. */
export function formFailure(result: Extract<ActionResult<unknown>, { ok: false }>, formData: FormData): FormState {
  const fieldErrors =
    result.fieldErrors && Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, v[0] ?? '']));
  return { status: 'error', message: result.message, fieldErrors, values: submittedValues(formData) };
}

export function formSuccess(message: string): FormState {
  return { status: 'success', message };
}

/**
 * The one way a page is told that an action succeeded: `?fait=<code>` (plus any `extra` parameter
 * the message needs), read by components/forms/done-notice.tsx. Codes are fixed words, never text.
 */
export const DONE_PARAM = 'fait';

export function doneHref(path: string, code: string, extra: Record<string, string> = {}): string {
  const [base, query] = path.split('?');
  const params = new URLSearchParams(query);
  params.set(DONE_PARAM, code);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `${base}?${params}`;
}

/**
 * The "Je confirme" checkbox of a destructive action (ActionForm's confirmLabel sends `confirm=on`):
 * checked by the server too, so the action cannot run from a stray click or a form without it.
 */
export function confirmField(message: string) {
  return z.literal('on', { error: message });
}
