import { describe, expect, it } from 'vitest';
import { actors, allowed, SCHOOL_A } from '@/lib/testing/actors';
import { canCreateClass, canEditClass, canFollowClass, canFollowSchool, canManageClasses } from './policy';

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

  it('are followed by school-wide staff, teachers and their own main teacher; pending staff, other schools and outsiders do not', () => {
    expect(allowed((a) => canFollowClass(a, classA))).toEqual([
      'headA',
      'cpeA',
      'librarianA',
      'mainTeacherA',
      'teacherA',
    ]);
  });

  it('are not followed by a main teacher of another class, nor of no class (a pupil without class)', () => {
    const everyoneButMainTeachers = ['headA', 'cpeA', 'librarianA', 'teacherA'];
    expect(allowed((a) => canFollowClass(a, { ...classA, mainTeacherId: 'someone-else' }))).toEqual(
      everyoneButMainTeachers,
    );
    expect(allowed((a) => canFollowClass(a, { ...classA, mainTeacherId: null }))).toEqual(everyoneButMainTeachers);
  });

  it('are followed school-wide, every pupil at once, by the head and school-wide staff only', () => {
    expect(allowed((a) => canFollowSchool(a, SCHOOL_A))).toEqual(['headA', 'cpeA', 'librarianA']);
  });
});
