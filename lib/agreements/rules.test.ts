import { describe, expect, it } from 'vitest';
import {
  agreementState,
  missingHostFields,
  missingSchoolFields,
  requiredSigners,
  scheduleRefusal,
  type HostPart,
  type SchoolPart,
} from './rules';

const day = (d: 1 | 2 | 3 | 4 | 5, start = '09:00', end = '17:00', lunchBreakMinutes = 60) => ({
  day: d,
  start,
  end,
  lunchBreakMinutes,
});
const host: HostPart = {
  representative: { name: 'Sophie Lemaire', role: 'Directrice' },
  tutor: { name: 'Karim Haddad', role: 'Chef d’équipe', email: 'karim@exemple.fr', phone: '' },
  activities: 'Observer.',
  schedule: [day(1), day(2), day(3), day(4), day(5)],
  lunch: { arrangement: 'canteen_invitation', details: '' },
  insurance: { insurer: 'Assureur', policyNumber: 'RC-1' },
};
const school: SchoolPart = {
  signatory: { userId: 'head', name: 'Nadia Belkacem', role: 'Chef d’établissement' },
  referringTeacher: { name: 'Julien Marchand', email: 'julien@exemple.fr' },
  terms: 'Article 1.',
};
const reps = [
  { id: 'rep-1', position: 1, fullName: 'Fatou Essai', email: 'fatou@exemple.fr' },
  { id: 'rep-2', position: 2, fullName: 'Ali Essai', email: 'ali@exemple.fr' },
];

describe('daily hours (Annex 3)', () => {
  it('accept 7 hours a day, lunch deducted, on one to five days, each once', () => {
    expect(scheduleRefusal(host.schedule)).toBeNull();
    expect(scheduleRefusal([day(3, '09:00', '16:00', 0)])).toBeNull();
  });

  it('refuse a minute over 7 hours, naming the day; no day, a sixth day or a day twice', () => {
    expect(scheduleRefusal([day(1), day(2, '09:00', '17:01')])).toMatch(/^Mardi : .*7 heures par jour au plus.*7 h 01/);
    expect(scheduleRefusal([])).toMatch(/chaque jour de présence/);
    expect(scheduleRefusal([day(1), day(1)])).toMatch(/une fois au plus/);
    expect(scheduleRefusal([day(1), day(2), day(3), day(4), day(5), day(1)])).toMatch(/chaque jour de présence/);
  });
});

describe('what each part misses', () => {
  it('is nothing for complete parts', () => {
    expect(missingHostFields(host)).toEqual([]);
    expect(missingSchoolFields(school, reps)).toEqual([]);
  });

  it('names the host’s empty fields, and lunch details when no lunch is offered', () => {
    expect(missingHostFields({})).toEqual(['representative', 'tutor', 'activities', 'schedule', 'lunch', 'insurance']);
    expect(missingHostFields({ ...host, lunch: { arrangement: 'none', details: ' ' } })).toEqual(['lunch']);
    expect(missingHostFields({ ...host, schedule: [day(1, '08:00', '17:00', 30)] })).toEqual(['schedule']);
  });

  it('names the school’s empty fields and the missing legal representatives', () => {
    expect(missingSchoolFields({}, [])).toEqual(['signatory', 'referringTeacher', 'terms', 'legalRepresentatives']);
    expect(missingSchoolFields({ ...school, terms: '' }, reps)).toEqual(['terms']);
  });
});

describe('the state of a convention', () => {
  const text = 'a'.repeat(64);
  const base = {
    canceledAt: null,
    hostPart: host,
    schoolPart: school,
    legalRepresentatives: reps,
    signatures: [],
    fingerprint: text,
  };
  const signed = (...parties: string[]) =>
    parties.map((party) =>
      party.startsWith('rep')
        ? { party: 'legal_representative' as const, legalRepresentativeId: party, textFingerprint: text }
        : { party: party as 'school' | 'host' | 'pupil', legalRepresentativeId: null, textFingerprint: text },
    );

  it('needs the school, the host, the pupil and each legal representative', () => {
    expect(requiredSigners(reps)).toEqual([
      { party: 'school' },
      { party: 'host' },
      { party: 'pupil' },
      { party: 'legal_representative', legalRepresentativeId: 'rep-1' },
      { party: 'legal_representative', legalRepresentativeId: 'rep-2' },
    ]);
  });

  it('goes from to complete to ready to sign, signing (who is missing) and signed, in any order', () => {
    expect(agreementState({ ...base, hostPart: {} }).state).toBe('to_complete');
    expect(agreementState({ ...base, legalRepresentatives: [] }).state).toBe('to_complete');
    expect(agreementState(base).state).toBe('ready_to_sign');
    expect(agreementState({ ...base, signatures: signed('rep-2', 'host') })).toEqual({
      state: 'signing',
      missingSigners: [
        { party: 'school' },
        { party: 'pupil' },
        { party: 'legal_representative', legalRepresentativeId: 'rep-1' },
      ],
    });
    expect(agreementState({ ...base, signatures: signed('pupil', 'rep-1', 'school', 'rep-2', 'host') })).toEqual({
      state: 'signed',
      missingSigners: [],
    });
  });

  it('counts no signature given on another text', () => {
    const other = signed('school', 'host').map((s) => ({ ...s, textFingerprint: 'b'.repeat(64) }));
    expect(agreementState({ ...base, signatures: other }).state).toBe('ready_to_sign');
  });

  it('is cancelled whatever was signed', () => {
    expect(agreementState({ ...base, canceledAt: new Date(), signatures: signed('school') }).state).toBe('canceled');
  });
});
