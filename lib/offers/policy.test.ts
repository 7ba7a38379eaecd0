import { describe, expect, it } from 'vitest';
import { actors, allowed, OPERATOR_P, ORGANISATION_O } from '@/lib/testing/actors';
import {
  canManageOffer,
  canManageOffers,
  canModerateOffers,
  canReadOfferReports,
  canReportOffers,
  canRequestReservation,
  canSearchOffers,
} from './policy';

describe('offers, role by role', () => {
  it('are published by hosts and operators only', () => {
    expect(allowed(canManageOffers)).toEqual(['hostO', 'hostElsewhere', 'operatorP']);
  });

  it('of organisation O are managed by its members, and by the operator that posted them while it supports O', () => {
    const own = { organisationId: ORGANISATION_O, operatorId: null, supportingOperatorIds: [OPERATOR_P] };
    const posted = { ...own, operatorId: OPERATOR_P };
    expect(allowed((a) => canManageOffer(a, own))).toEqual(['hostO']);
    expect(allowed((a) => canManageOffer(a, posted))).toEqual(['hostO', 'operatorP']);
    expect(allowed((a) => canManageOffer(a, { ...posted, supportingOperatorIds: [] }))).toEqual(['hostO']);
  });

  it('are searched by pupils once the authorisation is recorded, the school registered and eligible; others always', () => {
    const registered = { registeredAt: new Date(), eligible: true };
    expect(allowed((a) => canSearchOffers(a, registered))).not.toContain('pupilWaitingA');
    expect(canSearchOffers(actors.pupilA, registered)).toBe(true);
    expect(canSearchOffers(actors.pupilA, { registeredAt: null, eligible: true })).toBe(false);
    // A derogation withdrawn: the school stays registered but its pupils see no offer.
    expect(canSearchOffers(actors.pupilA, { ...registered, eligible: false })).toBe(false);
    expect(canSearchOffers(actors.pupilA, null)).toBe(false);
    expect(canSearchOffers(actors.hostO, null)).toBe(true);
  });

  it('are reserved for a school at the request of its head only', () => {
    expect(allowed(canRequestReservation)).toEqual(['headA', 'headB']);
  });

  it('are unpublished with a reason by the national team only, reported by anyone else signed in', () => {
    expect(allowed(canModerateOffers)).toEqual(['admin']);
    expect(allowed(canReportOffers)).toEqual([
      'headA',
      'cpeA',
      'librarianA',
      'mainTeacherA',
      'teacherA',
      'pendingStaffA',
      'headB',
      'pupilA',
      'pupilWaitingA',
      'hostO',
      'hostElsewhere',
      'operatorP',
      'rep93',
      'repPending',
    ]);
  });

  it('have their reports read by the admin and by validated representatives only', () => {
    expect(allowed(canReadOfferReports)).toEqual(['rep93', 'admin']);
  });
});
