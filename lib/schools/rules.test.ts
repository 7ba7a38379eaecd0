import { describe, expect, it } from 'vitest';
import {
  functionalAddress,
  headAddressRefusal,
  headRegistrationRefusal,
  isAtDomain,
  joinRequestRefusal,
  REGISTRATION_REFUSALS,
  staffAddressRefusal,
} from './rules';

describe('who can register a school', () => {
  it('accepts REP+, REP and approved derogations that have no head', () => {
    expect(headRegistrationRefusal({ network: 'rep_plus', eligible: true, hasHead: false })).toBeNull();
    expect(headRegistrationRefusal({ network: 'rep', eligible: true, hasHead: false })).toBeNull();
    expect(headRegistrationRefusal({ network: 'derogation', eligible: true, hasHead: false })).toBeNull();
  });

  it('explains each refusal: outside priority education, derogation awaiting approval, a head already', () => {
    expect(headRegistrationRefusal({ network: 'none', eligible: false, hasHead: false })).toBe(
      REGISTRATION_REFUSALS.notPriority,
    );
    expect(headRegistrationRefusal({ network: 'derogation', eligible: false, hasHead: false })).toContain(
      'dérogation en attente d’accord',
    );
    expect(headRegistrationRefusal({ network: 'rep', eligible: true, hasHead: true })).toBe(
      REGISTRATION_REFUSALS.alreadyRegistered,
    );
  });

  it('lets staff ask to join registered schools only', () => {
    expect(joinRequestRefusal({ registered: true })).toBeNull();
    expect(joinRequestRefusal({ registered: false })).toBe(REGISTRATION_REFUSALS.notRegistered);
  });
});

describe('addresses', () => {
  it('builds the functional address from the UAI in lower case and the académie’s domain', () => {
    expect(functionalAddress('0930001A', 'ac-creteil.fr')).toBe('ce.0930001a@ac-creteil.fr');
  });

  it('names the functional address (or its pattern) in the refusal of another address', () => {
    expect(headAddressRefusal('ce.0930001a@ac-creteil.fr')).toMatch(
      /^Inscrivez-vous avec l’adresse fonctionnelle du collège, ce\.0930001a@ac-creteil\.fr/,
    );
    expect(headAddressRefusal(null)).toContain('ce.<UAI du collège>@<domaine de l’académie>');
  });

  it('accepts the académie’s domain and its sub-domains only', () => {
    expect(isAtDomain('claire.martin@ac-creteil.fr', 'ac-creteil.fr')).toBe(true);
    expect(isAtDomain('claire.martin@clg.ac-creteil.fr', 'ac-creteil.fr')).toBe(true);
    expect(isAtDomain('claire.martin@fake-ac-creteil.fr', 'ac-creteil.fr')).toBe(false);
    expect(isAtDomain('ac-creteil.fr@gmail.com', 'ac-creteil.fr')).toBe(false);
  });

  it('asks staff for an address of the school’s académie', () => {
    expect(staffAddressRefusal('prof@ac-creteil.fr', 'ac-creteil.fr')).toBeNull();
    expect(staffAddressRefusal('prof@gmail.com', 'ac-creteil.fr')).toContain('prenom.nom@ac-creteil.fr');
  });
});
