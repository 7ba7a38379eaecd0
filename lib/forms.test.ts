import { describe, expect, it } from 'vitest';
import { formData } from '@/lib/testing/form-data';
import { z } from 'zod';
import { doneHref, formFailure, parseForm } from './forms';

const schema = z.object({
  email: z.email('Adresse invalide.'),
  weeks: z.array(z.string()).min(1, 'Choisissez une semaine.'),
});

describe('parseForm', () => {
  it('reads multi-valued fields named with []', () => {
    const result = parseForm(
      schema,
      formData([
        ['email', 'a@b.fr'],
        ['weeks[]', '2027-01-11'],
        ['weeks[]', '2027-01-18'],
      ]),
    );
    expect(result).toEqual({ ok: true, data: { email: 'a@b.fr', weeks: ['2027-01-11', '2027-01-18'] } });
  });

  it('returns one French message per field and keeps what was typed, except passwords', () => {
    const result = parseForm(
      schema,
      formData([
        ['email', 'pas-une-adresse'],
        ['password', 'secret'],
        ['$ACTION_ID_x', ''],
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.fieldErrors).toEqual({ email: 'Adresse invalide.', weeks: expect.any(String) });
    expect(result.state.values).toEqual({ email: 'pas-une-adresse' });
  });

  it('turns a business refusal into the form state', () => {
    const state = formFailure(
      { ok: false, code: 'EMAIL_TAKEN', message: 'Déjà inscrit.', fieldErrors: { email: ['Adresse déjà utilisée.'] } },
      formData([['email', 'a@b.fr']]),
    );
    expect(state).toEqual({
      status: 'error',
      message: 'Déjà inscrit.',
      fieldErrors: { email: 'Adresse déjà utilisée.' },
      values: { email: 'a@b.fr' },
    });
  });
});

describe('doneHref', () => {
  it('says what succeeded with ?fait=, keeping the query already there', () => {
    expect(doneHref('/etablissement/equipe', 'role-modifie')).toBe('/etablissement/equipe?fait=role-modifie');
    expect(doneHref('/admin/referentiel/vacances?zone=A&annee=2026', 'ajoute')).toBe(
      '/admin/referentiel/vacances?zone=A&annee=2026&fait=ajoute',
    );
    expect(doneHref('/etablissement/classes', 'classe-enregistree', { classe: 'abc' })).toBe(
      '/etablissement/classes?fait=classe-enregistree&classe=abc',
    );
  });
});
