import { describe, expect, it } from 'vitest';
import { parseForm } from '@/lib/forms';
import { inviteStaffSchema, revokeStaffSchema } from '@/lib/staff/schemas';
import { createClassSchema, registerSchoolSchema, updateClassSchema } from './schemas';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};
const classId = 'd0000000-0000-4000-8000-000000000201';

describe('school forms as the browser sends them', () => {
  it('tidies a class name and refuses an empty or too long one', () => {
    expect(parseForm(createClassSchema, form([['name', '  3e   A ']]))).toEqual({ ok: true, data: { name: '3e A' } });
    expect(parseForm(createClassSchema, form([['name', '   ']]))).toMatchObject({
      ok: false,
      state: { fieldErrors: { name: expect.stringContaining('3e A') } },
    });
    expect(parseForm(createClassSchema, form([['name', 'x'.repeat(41)]]))).toMatchObject({ ok: false });
  });

  it('drops a school id slipped into a form: classes and invitations go to the actor’s own school', () => {
    const forged = 'd0000000-0000-4000-8000-000000000104';
    expect(
      parseForm(
        createClassSchema,
        form([
          ['name', '3e Z'],
          ['schoolId', forged],
        ]),
      ),
    ).toEqual({ ok: true, data: { name: '3e Z' } });
    expect(
      parseForm(
        inviteStaffSchema,
        form([
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
        form([
          ['email', 'a@ac-creteil.fr'],
          ['role', 'head'],
        ]),
      ),
    ).toMatchObject({ ok: false });
  });

  it('reads checked weeks, and no week when none is checked', () => {
    const weeks = parseForm(
      updateClassSchema,
      form([
        ['classId', classId],
        ['name', '3e A'],
        ['weeks[]', '2027-01-11'],
        ['weeks[]', '2027-03-01'],
      ]),
    );
    expect(weeks).toMatchObject({ ok: true, data: { weeks: ['2027-01-11', '2027-03-01'] } });
    expect(
      parseForm(
        updateClassSchema,
        form([
          ['classId', classId],
          ['name', '3e A'],
        ]),
      ),
    ).toMatchObject({ ok: true, data: { weeks: [] } });
  });

  it('tells "no main teacher" (empty choice) from "not offered" (absent field)', () => {
    const chosenNone = parseForm(
      updateClassSchema,
      form([
        ['classId', classId],
        ['name', '3e A'],
        ['mainTeacherId', ''],
      ]),
    );
    expect(chosenNone.ok && chosenNone.data.mainTeacherId).toBeNull();
    const notOffered = parseForm(
      updateClassSchema,
      form([
        ['classId', classId],
        ['name', '3e A'],
      ]),
    );
    expect(notOffered.ok && notOffered.data.mainTeacherId).toBeUndefined();
  });

  it('reads the confirmation boxes: outside-académie address, revocation', () => {
    const account = [
      ['schoolId', classId],
      ['firstName', 'Claire'],
      ['lastName', 'Martin'],
      ['email', 'Claire@Gmail.com'],
      ['password', 'une phrase de passe solide'],
    ] as [string, string][];
    expect(parseForm(registerSchoolSchema, form(account))).toMatchObject({
      ok: true,
      data: { email: 'claire@gmail.com', otherDomain: false },
    });
    expect(parseForm(registerSchoolSchema, form([...account, ['otherDomain[]', 'oui']]))).toMatchObject({
      ok: true,
      data: { otherDomain: true },
    });
    expect(parseForm(revokeStaffSchema, form([['membershipId', classId]]))).toMatchObject({
      ok: false,
      state: { fieldErrors: { confirm: 'Cochez la case pour confirmer le retrait de l’accès.' } },
    });
    expect(
      parseForm(
        revokeStaffSchema,
        form([
          ['membershipId', classId],
          ['confirm[]', 'oui'],
        ]),
      ),
    ).toMatchObject({ ok: true });
  });
});
