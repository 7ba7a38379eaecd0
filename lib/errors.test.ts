import { describe, expect, it } from 'vitest';
import { fail, failOn } from './errors';

describe('refusals', () => {
  it('carry a code that says what happened and a French message', () => {
    expect(fail('ALREADY_DONE', 'Déjà fait.')).toEqual({ ok: false, code: 'ALREADY_DONE', message: 'Déjà fait.' });
  });

  it('put a field’s message on the field too, as a validation refusal unless told otherwise', () => {
    expect(failOn('name', 'Ce nom est pris.', 'NAME_TAKEN')).toEqual({
      ok: false,
      code: 'NAME_TAKEN',
      message: 'Ce nom est pris.',
      fieldErrors: { name: ['Ce nom est pris.'] },
    });
    expect(failOn('email', 'Adresse invalide.')).toMatchObject({ code: 'VALIDATION' });
  });
});
