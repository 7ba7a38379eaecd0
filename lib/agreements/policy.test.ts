import { describe, expect, it } from 'vitest';
import { actors, allowed, OPERATOR_P, ORGANISATION_O, SCHOOL_A } from '@/lib/testing/actors';
import { canEditHostPart, canEditSchoolPart, canReadAgreement, canWriteSchoolTerms } from './policy';

/** Pupil A's convention with organisation O, for an offer operator P posted for it. */
const agreement = {
  pupilId: actors.pupilA.id,
  schoolId: SCHOOL_A,
  mainTeacherId: actors.mainTeacherA.id,
  offer: { organisationId: ORGANISATION_O, operatorId: OPERATOR_P, supportingOperatorIds: [OPERATOR_P] },
};

describe('a convention, role by role', () => {
  it('is read by its pupil, the host and its operator, and the staff who follow the class; never by another school, host, a representative or the admin', () => {
    expect(allowed((a) => canReadAgreement(a, agreement))).toEqual([
      'headA',
      'cpeA',
      'librarianA',
      'mainTeacherA',
      'teacherA',
      'pupilA',
      'hostO',
      'operatorP',
    ]);
  });

  it('of a class with another main teacher is not read by main teacher A; of an offer the operator no longer supports, not by it', () => {
    expect(allowed((a) => canReadAgreement(a, { ...agreement, mainTeacherId: 'someone-else' }))).toEqual([
      'headA',
      'cpeA',
      'librarianA',
      'teacherA',
      'pupilA',
      'hostO',
      'operatorP',
    ]);
    expect(
      allowed((a) => canReadAgreement(a, { ...agreement, offer: { ...agreement.offer, supportingOperatorIds: [] } })),
    ).not.toContain('operatorP');
  });

  it('has its host part completed by the host and its operator, not while the organisation is suspended', () => {
    expect(allowed((a) => canEditHostPart(a, agreement))).toEqual(['hostO', 'operatorP']);
    expect(canEditHostPart({ ...actors.hostO, suspension: { reason: 'Signalements' } }, agreement)).toBe(false);
  });

  it('has its school part completed by the head, school-wide staff and the class’s main teacher; not by a plain teacher', () => {
    expect(allowed((a) => canEditSchoolPart(a, agreement))).toEqual(['headA', 'cpeA', 'librarianA', 'mainTeacherA']);
  });

  it('follows the standard terms the head of its school alone writes', () => {
    expect(allowed((a) => canWriteSchoolTerms(a, SCHOOL_A))).toEqual(['headA']);
  });
});
