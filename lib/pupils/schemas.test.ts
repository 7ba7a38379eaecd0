import { describe, expect, it } from 'vitest';
import { formData } from '@/lib/testing/form-data';
import { parseForm } from '@/lib/forms';
import { pupilSignUpSchema, recordConsentSchema, withdrawConsentSchema } from './schemas';

const ID = 'd0000000-0000-4000-8000-000000000201';
const signUp: [string, string][] = [
  ['schoolId', 'd0000000-0000-4000-8000-000000000101'],
  ['classId', ID],
  ['token', ''],
  ['firstName', ' Chloé '],
  ['lastName', 'Martin'],
  ['gender', 'girl'],
  ['email', 'Chloe@Exemple.fr'],
  ['password', 'une phrase assez longue'],
];

describe('pupil sign-up form', () => {
  it('reads a complete form; an empty token means no invite link', () => {
    const parsed = parseForm(pupilSignUpSchema, formData(signUp));
    expect(parsed).toMatchObject({
      ok: true,
      data: { firstName: 'Chloé', email: 'chloe@exemple.fr', gender: 'girl', token: undefined },
    });
  });

  it('asks, in the pupil’s words, for what is missing, and gives back what was typed except the password', () => {
    const parsed = parseForm(
      pupilSignUpSchema,
      formData(
        signUp
          .filter(([key]) => !['gender', 'classId'].includes(key))
          .map(([k, v]): [string, string] => [k, k === 'password' ? 'court' : v]),
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.state.fieldErrors).toEqual({
      classId: 'Choisis ta classe.',
      gender: expect.stringMatching(/^Choisis une réponse/),
      password: 'Ton mot de passe doit avoir au moins 12 caractères.',
    });
    expect(parsed.state.values).toMatchObject({ firstName: ' Chloé ', email: 'Chloe@Exemple.fr' });
    expect(parsed.state.values).not.toHaveProperty('password');
  });
});

describe('class page forms', () => {
  it('records at least one pupil', () => {
    expect(parseForm(recordConsentSchema, formData([['classId', ID]]))).toMatchObject({
      ok: false,
      state: { fieldErrors: { pupilIds: 'Cochez au moins un élève.' } },
    });
    expect(
      parseForm(
        recordConsentSchema,
        formData([
          ['classId', ID],
          ['pupilIds[]', ID],
        ]),
      ),
    ).toMatchObject({ ok: true, data: { pupilIds: [ID] } });
  });

  it('withdraws an authorisation only once confirmed', () => {
    expect(
      parseForm(
        withdrawConsentSchema,
        formData([
          ['classId', ID],
          ['pupilId', ID],
        ]),
      ),
    ).toMatchObject({ ok: false, state: { fieldErrors: { confirm: expect.any(String) } } });
    expect(
      parseForm(
        withdrawConsentSchema,
        formData([
          ['classId', ID],
          ['pupilId', ID],
          ['confirm', 'on'],
        ]),
      ),
    ).toMatchObject({ ok: true });
  });
});
