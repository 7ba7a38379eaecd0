import { describe, expect, it } from 'vitest';
import { actors, allowed, SCHOOL_A } from '@/lib/testing/actors';
import { canChangeMember, canManageStaff, canViewTeam, isHeadOf, isSchoolWideStaffOf, isStaffOf } from './policy';

describe('staff of school A, role by role', () => {
  it('counts as staff only the active members of A, whatever their role', () => {
    expect(allowed((a) => isStaffOf(a, SCHOOL_A))).toEqual(['headA', 'cpeA', 'librarianA', 'mainTeacherA', 'teacherA']);
    expect(allowed((a) => isSchoolWideStaffOf(a, SCHOOL_A))).toEqual(['headA', 'cpeA', 'librarianA']);
    expect(allowed((a) => isHeadOf(a, SCHOOL_A))).toEqual(['headA']);
  });

  it('lets only the head manage staff; the other school-wide staff see the team, teachers do not', () => {
    expect(allowed((a) => canManageStaff(a, SCHOOL_A))).toEqual(['headA']);
    expect(allowed((a) => canViewTeam(a, SCHOOL_A))).toEqual(['headA', 'cpeA', 'librarianA']);
  });

  it('lets only the head change or revoke a member, never themselves nor the head role', () => {
    const teacher = { schoolId: SCHOOL_A, userId: actors.mainTeacherA.id, role: 'main_teacher' };
    expect(allowed((a) => canChangeMember(a, teacher))).toEqual(['headA']);
    expect(canChangeMember(actors.headA, { schoolId: SCHOOL_A, userId: actors.headA.id, role: 'head' })).toBe(false);
    expect(canChangeMember(actors.headA, { schoolId: SCHOOL_A, userId: 'other-head', role: 'head' })).toBe(false);
  });
});
