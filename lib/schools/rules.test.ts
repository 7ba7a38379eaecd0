import { describe, expect, it } from 'vitest';
import { headRegistrationRefusal, joinRequestRefusal, REGISTRATION_REFUSALS } from './rules';

describe('who can register a school', () => {
  it('accepts REP+, REP and approved derogations that no head has registered yet', () => {
    expect(headRegistrationRefusal({ network: 'rep_plus', eligible: true, registered: false })).toBeNull();
    expect(headRegistrationRefusal({ network: 'rep', eligible: true, registered: false })).toBeNull();
    expect(headRegistrationRefusal({ network: 'derogation', eligible: true, registered: false })).toBeNull();
  });

  it('explains each refusal: outside priority education, derogation awaiting approval, already registered', () => {
    expect(headRegistrationRefusal({ network: 'none', eligible: false, registered: false })).toBe(
      REGISTRATION_REFUSALS.notPriority,
    );
    expect(headRegistrationRefusal({ network: 'derogation', eligible: false, registered: false })).toContain(
      'dérogation en attente d’accord',
    );
    expect(headRegistrationRefusal({ network: 'rep', eligible: true, registered: true })).toBe(
      REGISTRATION_REFUSALS.alreadyRegistered,
    );
  });

  it('lets staff ask to join registered schools only', () => {
    expect(joinRequestRefusal({ registered: true })).toBeNull();
    expect(joinRequestRefusal({ registered: false })).toBe(REGISTRATION_REFUSALS.notRegistered);
  });
});
