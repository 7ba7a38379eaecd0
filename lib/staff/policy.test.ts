import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/types';
import { canChangeMember, canViewTeam } from './policy';

const A = 'school-a';
const actor = (fields: Partial<SessionUser>): SessionUser => ({
  id: 'u',
  email: 'x@y.fr',
  firstName: 'X',
  lastName: 'Y',
  role: 'school_staff',
  ...fields,
});
const actors = {
  headA: actor({ id: 'head-a', staffRole: 'head', schoolId: A }),
  cpeA: actor({ staffRole: 'cpe', schoolId: A }),
  librarianA: actor({ staffRole: 'librarian', schoolId: A }),
  mainTeacherA: actor({ id: 'teacher-a', staffRole: 'main_teacher', schoolId: A }),
  teacherA: actor({ staffRole: 'teacher', schoolId: A }),
  pendingA: actor({}),
  headB: actor({ staffRole: 'head', schoolId: 'school-b' }),
  pupilA: actor({ role: 'pupil', schoolId: A }),
  admin: actor({ role: 'admin' }),
};
type Name = keyof typeof actors;
const allowed = (check: (a: SessionUser) => boolean) =>
  (Object.keys(actors) as Name[]).filter((name) => check(actors[name]));

describe('staff list of school A', () => {
  it('is seen by the head and the other school-wide staff, not by teachers, other schools or outsiders', () => {
    expect(allowed((a) => canViewTeam(a, A))).toEqual(['headA', 'cpeA', 'librarianA']);
  });

  it('lets only the head change or revoke a member, never themselves nor the head role', () => {
    expect(allowed((a) => canChangeMember(a, { schoolId: A, userId: 'teacher-a', role: 'main_teacher' }))).toEqual([
      'headA',
    ]);
    expect(canChangeMember(actors.headA, { schoolId: A, userId: 'head-a', role: 'head' })).toBe(false);
    expect(canChangeMember(actors.headA, { schoolId: A, userId: 'other-head', role: 'head' })).toBe(false);
  });
});
