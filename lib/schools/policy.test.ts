import { describe, expect, it } from 'vitest';
import { allowed, SCHOOL_A } from '@/lib/testing/actors';
import { canChangeSearchSettings, canViewSearchSettings } from './policy';

describe('the search settings of school A, role by role', () => {
  it('are changed by its head alone', () => {
    expect(allowed((a) => canChangeSearchSettings(a, SCHOOL_A))).toEqual(['headA']);
  });

  it('are seen by every active staff member of A; pending staff, pupils, other schools and outsiders do not', () => {
    expect(allowed((a) => canViewSearchSettings(a, SCHOOL_A))).toEqual([
      'headA',
      'cpeA',
      'librarianA',
      'mainTeacherA',
      'teacherA',
    ]);
  });
});
