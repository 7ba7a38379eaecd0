import { describe, expect, it } from 'vitest';
import { hostPartValues, parseHostPartForm, parseSchoolPartForm, schoolPartValues } from './form-data';
import type { HostPart } from './rules';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};

const HOST_PART: HostPart = {
  representative: { name: 'Sophie Lemaire', role: 'Directrice' },
  tutor: { name: 'Karim Haddad', role: 'Chef d’équipe', email: 'karim.haddad@exemple.fr', phone: '' },
  activities: 'Préparer des commandes.',
  schedule: [
    { day: 1, start: '09:00', end: '16:30', lunchBreakMinutes: 60 },
    { day: 3, start: '09:00', end: '12:00', lunchBreakMinutes: 0 },
  ],
  lunch: { arrangement: 'none', details: 'Prévoir un repas froid.' },
  insurance: { insurer: 'Assurances du Landy', policyNumber: 'RC-1234' },
};

describe('the host’s part as a form', () => {
  it('reads back what it shows: a day left empty is a day without presence', () => {
    const values = hostPartValues(HOST_PART);
    expect(values['schedule.2.start']).toBe('');
    expect(values['schedule.3.end']).toBe('12:00');
    expect(parseHostPartForm(form(values))).toEqual({ ok: true, data: HOST_PART });
  });

  it('puts each message under its field, the day’s hours under that day, and keeps what was typed', () => {
    const values = {
      ...hostPartValues(HOST_PART),
      'tutor.email': 'pas-un-courriel',
      'schedule.3.end': '18:00',
      'lunch.details': '',
    };
    const result = parseHostPartForm(form(values));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.state.fieldErrors!).sort()).toEqual(['lunch.details', 'schedule.3.end', 'tutor.email']);
    expect(result.state.fieldErrors!['schedule.3.end']).toMatch(/^Mercredi : /);
    expect(result.state.values).toMatchObject({ 'tutor.email': 'pas-un-courriel', 'schedule.3.end': '18:00' });
  });

  it('accepts an incomplete part, saved in several goes', () => {
    const result = parseHostPartForm(form({ 'lunch.arrangement': 'canteen_invitation' }));
    expect(result).toMatchObject({ ok: true, data: { schedule: [], tutor: { email: '' } } });
  });
});

describe('the school’s part as a form', () => {
  const base = {
    signatoryUserId: 'd0000000-0000-4000-8000-000000000002',
    referringTeacherName: 'Julien Marchand',
    referringTeacherEmail: 'professeur@demo.test',
  };

  it('keeps the legal representatives filled in, in their order, and shows the stored ones', () => {
    const result = parseSchoolPartForm(
      form({ ...base, 'legalRepresentatives.2.fullName': 'Samia Benali', 'legalRepresentatives.2.email': 'S@x.fr' }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { legalRepresentatives: [{ fullName: 'Samia Benali', email: 's@x.fr' }] },
    });
    expect(
      schoolPartValues({ referringTeacher: { name: 'J', email: 'j@x.fr' } }, [
        { position: 1, fullName: 'Samia Benali', email: 's@x.fr' },
      ]),
    ).toMatchObject({
      referringTeacherName: 'J',
      'legalRepresentatives.1.email': 's@x.fr',
      'legalRepresentatives.2.email': '',
    });
  });

  it('puts the messages of a representative under that representative’s fields', () => {
    const result = parseSchoolPartForm(
      form({
        ...base,
        'legalRepresentatives.1.fullName': 'Samia Benali',
        'legalRepresentatives.1.email': 's@x.fr',
        'legalRepresentatives.2.fullName': '',
        'legalRepresentatives.2.email': 's@x.fr',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.state.fieldErrors!).sort()).toEqual([
      'legalRepresentatives.2.email',
      'legalRepresentatives.2.fullName',
    ]);
    expect(parseSchoolPartForm(form({ ...base, signatoryUserId: 'x' }))).toMatchObject({
      ok: false,
      state: { fieldErrors: { signatoryUserId: expect.any(String) } },
    });
  });
});
