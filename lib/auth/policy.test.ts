import { describe, expect, it } from 'vitest';
import {
  canCreateClass,
  canEditClass,
  canFollowClass,
  canManageClasses,
  canManageStaff,
  canRecordConsent,
  canSearchOffers,
  isValidatedRepresentative,
} from './policy';
import type { SessionUser } from './types';

const A = 'school-a';
const B = 'school-b';
const actor = (fields: Partial<SessionUser>): SessionUser => ({
  id: 'u',
  email: 'x@y.fr',
  firstName: 'X',
  lastName: 'Y',
  role: 'pupil',
  ...fields,
});

const actors = {
  headA: actor({ role: 'school_staff', staffRole: 'head', schoolId: A }),
  cpeA: actor({ role: 'school_staff', staffRole: 'cpe', schoolId: A }),
  mainTeacherA: actor({ id: 'teacher-a', role: 'school_staff', staffRole: 'main_teacher', schoolId: A }),
  teacherA: actor({ role: 'school_staff', staffRole: 'teacher', schoolId: A }),
  pendingStaffA: actor({ role: 'school_staff', schoolId: undefined }),
  headB: actor({ role: 'school_staff', staffRole: 'head', schoolId: B }),
  pupilA: actor({ role: 'pupil', schoolId: A, pendingConsent: false }),
  host: actor({ role: 'host', organisationId: 'org' }),
  operator: actor({ role: 'operator', operatorId: 'op' }),
  rep93: actor({ role: 'state_rep', scope: { level: 'department', code: '93', validated: true } }),
  admin: actor({ role: 'admin' }),
};
type Name = keyof typeof actors;
const allowed = (check: (a: SessionUser) => boolean) =>
  (Object.keys(actors) as Name[]).filter((name) => check(actors[name]));
const classA = { schoolId: A, mainTeacherId: 'teacher-a' };

describe('school policies, every role against school A', () => {
  it('only the head of A manages its staff', () => {
    expect(allowed((a) => canManageStaff(a, A))).toEqual(['headA']);
  });
  it('the head and school-wide staff of A manage its classes', () => {
    expect(allowed((a) => canManageClasses(a, A))).toEqual(['headA', 'cpeA']);
  });
  it('the head, school-wide staff and main teachers of A open classes; a main teacher edits only their own', () => {
    expect(allowed((a) => canCreateClass(a, A))).toEqual(['headA', 'cpeA', 'mainTeacherA']);
    expect(allowed((a) => canEditClass(a, classA))).toEqual(['headA', 'cpeA', 'mainTeacherA']);
    expect(allowed((a) => canEditClass(a, { schoolId: A, mainTeacherId: 'someone-else' }))).toEqual(['headA', 'cpeA']);
  });
  it('every active staff member of A follows its classes; pending staff, other schools and outsiders do not', () => {
    expect(allowed((a) => canFollowClass(a, classA))).toEqual(['headA', 'cpeA', 'mainTeacherA', 'teacherA']);
  });
  it('consent is recorded by the head, school-wide staff or the class main teacher only', () => {
    expect(allowed((a) => canRecordConsent(a, classA))).toEqual(['headA', 'cpeA', 'mainTeacherA']);
  });
});

describe('pupil access to offers', () => {
  it('needs recorded parental consent and a registered school', () => {
    const registered = { registeredAt: new Date() };
    expect(canSearchOffers(actors.pupilA, registered)).toBe(true);
    expect(canSearchOffers({ ...actors.pupilA, pendingConsent: true }, registered)).toBe(false);
    expect(canSearchOffers(actors.pupilA, { registeredAt: null })).toBe(false);
  });
});

describe('state representatives', () => {
  it('act only once validated', () => {
    expect(isValidatedRepresentative(actors.rep93)).toBe(true);
    expect(
      isValidatedRepresentative(
        actor({ role: 'state_rep', scope: { level: 'department', code: '93', validated: false } }),
      ),
    ).toBe(false);
    expect(isValidatedRepresentative(actors.admin)).toBe(false);
  });
});
