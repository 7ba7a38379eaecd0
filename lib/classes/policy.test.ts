import { describe, expect, it } from 'vitest';
import { actors, allowed, SCHOOL_A } from '@/lib/testing/actors';
import { canCreateClass, canEditClass, canFollowClass, canManageClasses } from './policy';

const classA = { schoolId: SCHOOL_A, mainTeacherId: actors.mainTeacherA.id };

describe('classes of school A, role by role', () => {
  it('are managed by the head and school-wide staff of A', () => {
    expect(allowed((a) => canManageClasses(a, SCHOOL_A))).toEqual(['headA', 'cpeA', 'librarianA']);
  });

  it('are opened by them and by main teachers of A; a main teacher edits only their own class', () => {
    expect(allowed((a) => canCreateClass(a, SCHOOL_A))).toEqual(['headA', 'cpeA', 'librarianA', 'mainTeacherA']);
    expect(allowed((a) => canEditClass(a, classA))).toEqual(['headA', 'cpeA', 'librarianA', 'mainTeacherA']);
    expect(allowed((a) => canEditClass(a, { ...classA, mainTeacherId: 'someone-else' }))).toEqual([
      'headA',
      'cpeA',
      'librarianA',
    ]);
  });

  it('are followed by every active staff member of A; pending staff, other schools and outsiders do not', () => {
    expect(allowed((a) => canFollowClass(a, classA))).toEqual([
      'headA',
      'cpeA',
      'librarianA',
      'mainTeacherA',
      'teacherA',
    ]);
  });
});
