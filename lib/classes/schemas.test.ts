import { describe, expect, it } from 'vitest';
import { parseForm } from '@/lib/forms';
import { formData } from '@/lib/testing/form-data';
import { createClassSchema, inviteLinkSchema, updateClassSchema } from './schemas';

const classId = 'd0000000-0000-4000-8000-000000000201';

describe('class forms as the browser sends them', () => {
  it('tidies a class name and refuses an empty or too long one', () => {
    expect(parseForm(createClassSchema, formData([['name', '  3e   A ']]))).toEqual({
      ok: true,
      data: { name: '3e A' },
    });
    expect(parseForm(createClassSchema, formData([['name', '   ']]))).toMatchObject({
      ok: false,
      state: { fieldErrors: { name: expect.stringContaining('3e A') } },
    });
    expect(parseForm(createClassSchema, formData([['name', 'x'.repeat(41)]]))).toMatchObject({ ok: false });
  });

  it('drops a school id slipped into a form: a class opens in the actor’s own school', () => {
    const forged = 'd0000000-0000-4000-8000-000000000104';
    expect(
      parseForm(
        createClassSchema,
        formData([
          ['name', '3e Z'],
          ['schoolId', forged],
        ]),
      ),
    ).toEqual({ ok: true, data: { name: '3e Z' } });
  });

  it('reads checked weeks, and no week when none is checked', () => {
    const weeks = parseForm(
      updateClassSchema,
      formData([
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
        formData([
          ['classId', classId],
          ['name', '3e A'],
        ]),
      ),
    ).toMatchObject({ ok: true, data: { weeks: [] } });
  });

  it('tells "no main teacher" (empty choice) from "not offered" (absent field)', () => {
    const chosenNone = parseForm(
      updateClassSchema,
      formData([
        ['classId', classId],
        ['name', '3e A'],
        ['mainTeacherId', ''],
      ]),
    );
    expect(chosenNone.ok && chosenNone.data.mainTeacherId).toBeNull();
    const notOffered = parseForm(
      updateClassSchema,
      formData([
        ['classId', classId],
        ['name', '3e A'],
      ]),
    );
    expect(notOffered.ok && notOffered.data.mainTeacherId).toBeUndefined();
  });

  it('creates a sign-up link without confirmation, replaces one only once confirmed', () => {
    expect(parseForm(inviteLinkSchema, formData([['classId', classId]]))).toEqual({ ok: true, data: { classId } });
    expect(
      parseForm(
        inviteLinkSchema,
        formData([
          ['classId', classId],
          ['confirm', 'oui'],
        ]),
      ),
    ).toMatchObject({ ok: false });
  });
});
