import type { SessionUser } from '@/lib/auth/types';

/*
 * One cast of actors for the role-by-role tables of every policy.test.ts: each role, inside and
 * outside school A, organisation O and operator P. Tests list who a rule lets through, in this
 * order, so a new role or a changed rule shows in one line.
 */

export const SCHOOL_A = 'school-a';
export const SCHOOL_B = 'school-b';
export const ORGANISATION_O = 'organisation-o';
export const OPERATOR_P = 'operator-p';

const actor = (id: string, fields: Partial<SessionUser>): SessionUser => ({
  id,
  email: `${id}@exemple.fr`,
  firstName: 'Prénom',
  lastName: 'Nom',
  role: 'pupil',
  ...fields,
});

export const actors = {
  headA: actor('head-a', { role: 'school_staff', staffRole: 'head', schoolId: SCHOOL_A }),
  cpeA: actor('cpe-a', { role: 'school_staff', staffRole: 'cpe', schoolId: SCHOOL_A }),
  librarianA: actor('librarian-a', { role: 'school_staff', staffRole: 'librarian', schoolId: SCHOOL_A }),
  mainTeacherA: actor('main-teacher-a', { role: 'school_staff', staffRole: 'main_teacher', schoolId: SCHOOL_A }),
  teacherA: actor('teacher-a', { role: 'school_staff', staffRole: 'teacher', schoolId: SCHOOL_A }),
  /** Signed up and asked to join school A: no role until the head approves. */
  pendingStaffA: actor('pending-a', { role: 'school_staff' }),
  headB: actor('head-b', { role: 'school_staff', staffRole: 'head', schoolId: SCHOOL_B }),
  pupilA: actor('pupil-a', { role: 'pupil', schoolId: SCHOOL_A, pendingConsent: false }),
  pupilWaitingA: actor('pupil-waiting-a', { role: 'pupil', schoolId: SCHOOL_A, pendingConsent: true }),
  hostO: actor('host-o', { role: 'host', organisationId: ORGANISATION_O, hostRole: 'admin' }),
  hostElsewhere: actor('host-x', { role: 'host', organisationId: 'organisation-x', hostRole: 'admin' }),
  operatorP: actor('operator-p', { role: 'operator', operatorId: OPERATOR_P }),
  rep93: actor('rep-93', { role: 'state_rep', scope: { level: 'department', code: '93', validated: true } }),
  repPending: actor('rep-pending', { role: 'state_rep', scope: { level: 'region', code: '11', validated: false } }),
  admin: actor('admin', { role: 'admin' }),
};
export type ActorName = keyof typeof actors;

/** The names of the actors `check` lets through, in the order above. */
export function allowed(check: (actor: SessionUser) => boolean): ActorName[] {
  return (Object.keys(actors) as ActorName[]).filter((name) => check(actors[name]));
}
