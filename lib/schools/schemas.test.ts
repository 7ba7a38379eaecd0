import { describe, expect, it } from 'vitest';
import { formData } from '@/lib/testing/form-data';
import { parseForm } from '@/lib/forms';
import { inviteStaffSchema, revokeStaffSchema } from '@/lib/staff/schemas';
import { registerSchoolSchema, searchRadiusSchema } from './schemas';

const schoolId = 'd0000000-0000-4000-8000-000000000101';

describe('school forms as the browser sends them', () => {
  it('drops a school id slipped into a staff invitation: it goes to the head’s own school', () => {
    const forged = 'd0000000-0000-4000-8000-000000000104';
    expect(
      parseForm(
        inviteStaffSchema,
        formData([
          ['email', 'a@ac-creteil.fr'],
          ['role', 'teacher'],
          ['schoolId', forged],
        ]),
      ),
    ).toEqual({ ok: true, data: { email: 'a@ac-creteil.fr', role: 'teacher' } });
    // Nor can a form make someone head: one head per school, who registers it.
    expect(
      parseForm(
        inviteStaffSchema,
        formData([
          ['email', 'a@ac-creteil.fr'],
          ['role', 'head'],
        ]),
      ),
    ).toMatchObject({ ok: false });
  });

  it('reads the confirmation boxes: no access to the functional mailbox (with a message), revocation', () => {
    const account = [
      ['schoolId', schoolId],
      ['firstName', 'Claire'],
      ['lastName', 'Martin'],
      ['email', 'Claire@Gmail.com'],
      ['password', 'une phrase de passe solide'],
    ] as [string, string][];
    expect(parseForm(registerSchoolSchema, formData(account))).toMatchObject({
      ok: true,
      data: { email: 'claire@gmail.com', noMailboxAccess: false, message: '' },
    });
    expect(parseForm(registerSchoolSchema, formData([...account, ['noMailboxAccess[]', 'oui']]))).toMatchObject({
      ok: false,
      state: { fieldErrors: { message: expect.stringContaining('pourquoi') } },
    });
    expect(
      parseForm(
        registerSchoolSchema,
        formData([...account, ['noMailboxAccess[]', 'oui'], ['message', '  Principale depuis septembre.  ']]),
      ),
    ).toMatchObject({ ok: true, data: { noMailboxAccess: true, message: 'Principale depuis septembre.' } });
    expect(parseForm(revokeStaffSchema, formData([['membershipId', schoolId]]))).toMatchObject({
      ok: false,
      state: { fieldErrors: { confirm: 'Cochez la case pour confirmer le retrait de l’accès.' } },
    });
    expect(
      parseForm(
        revokeStaffSchema,
        formData([
          ['membershipId', schoolId],
          ['confirm', 'on'],
        ]),
      ),
    ).toMatchObject({ ok: true });
  });
});

describe('the search radius form', () => {
  it('takes a whole number of kilometres from 1 to 200', () => {
    expect(parseForm(searchRadiusSchema, formData([['radiusKm', '30']]))).toEqual({ ok: true, data: { radiusKm: 30 } });
    for (const radiusKm of ['0', '201', '12.5', '', 'loin'])
      expect(parseForm(searchRadiusSchema, formData([['radiusKm', radiusKm]])).ok, radiusKm).toBe(false);
  });
});
