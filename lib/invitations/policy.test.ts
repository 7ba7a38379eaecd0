import { describe, expect, it } from 'vitest';
import { actors, allowed } from '@/lib/testing/actors';
import { canAcceptInvitation } from './policy';

describe('an invitation, role by role', () => {
  it('is accepted only by the invited address’s account, of the kind of account it gives', () => {
    const toTeacher = { email: actors.teacherA.email, kind: 'school_staff' as const };
    expect(allowed((a) => canAcceptInvitation(a, toTeacher))).toEqual(['teacherA']);
    const toHost = { email: actors.hostO.email, kind: 'host_colleague' as const };
    expect(allowed((a) => canAcceptInvitation(a, toHost))).toEqual(['hostO']);
    // The address is the pupil's, but a pupil's account cannot join a host organisation.
    expect(allowed((a) => canAcceptInvitation(a, { email: actors.pupilA.email, kind: 'host_colleague' }))).toEqual([]);
  });
});
