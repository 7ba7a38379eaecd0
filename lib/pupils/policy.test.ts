import { describe, expect, it } from 'vitest';
import { actors, allowed, SCHOOL_A } from '@/lib/testing/actors';
import { canApproveClassPupils, canRecordConsent } from './policy';

describe('parental authorisations of a class of school A, role by role', () => {
  it('are recorded by the head, school-wide staff or the class’s own main teacher only', () => {
    const classA = { schoolId: SCHOOL_A, mainTeacherId: actors.mainTeacherA.id };
    expect(allowed((a) => canRecordConsent(a, classA))).toEqual(['headA', 'cpeA', 'librarianA', 'mainTeacherA']);
    expect(allowed((a) => canRecordConsent(a, { ...classA, mainTeacherId: null }))).toEqual([
      'headA',
      'cpeA',
      'librarianA',
    ]);
  });

  it('confirming pupils who signed up without the class’s link: those who manage the link', () => {
    const classA = { schoolId: SCHOOL_A, mainTeacherId: actors.mainTeacherA.id };
    expect(allowed((a) => canApproveClassPupils(a, classA))).toEqual(['headA', 'cpeA', 'librarianA', 'mainTeacherA']);
  });
});
