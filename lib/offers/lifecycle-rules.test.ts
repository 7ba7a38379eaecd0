import { describe, expect, it } from 'vitest';
import {
  canCopy,
  canRenew,
  canTransition,
  isEditable,
  MODERATED_OFFER,
  OFFER_TRANSITIONS,
  publicationGaps,
  publicationGapsMessage,
  transitionRefusal,
  type OfferState,
  type OfferTransition,
} from './lifecycle-rules';

const complete = {
  tutorName: 'Sophie Lemaire',
  tutorEmail: 'sophie@exemple.fr',
  title: 'Logistique urbaine',
  description: 'Une semaine au dépôt.',
  sectorId: 'sector',
  lat: 48.9,
  dailyStart: '09:00',
  remoteId: null,
  futureWeeks: 2,
};

describe('offer lifecycle', () => {
  it('says which transition each state allows, moderated or not: the table of the lifecycle', () => {
    // A moderated offer is unpublished, or archived since by its host: the only states it comes in.
    const states: [string, OfferState][] = [
      ['draft', { status: 'draft', moderated: false }],
      ['published', { status: 'published', moderated: false }],
      ['unpublished', { status: 'unpublished', moderated: false }],
      ['unpublished (modérée)', { status: 'unpublished', moderated: true }],
      ['archived', { status: 'archived', moderated: false }],
      ['archived (modérée)', { status: 'archived', moderated: true }],
    ];
    const table = Object.fromEntries(
      (Object.keys(OFFER_TRANSITIONS) as OfferTransition[]).map((t) => [
        t,
        states.filter(([, state]) => canTransition(state, t)).map(([name]) => name),
      ]),
    );
    expect(table).toEqual({
      publish: ['draft', 'unpublished'],
      unpublish: ['published'],
      archive: ['draft', 'published', 'unpublished', 'unpublished (modérée)'],
      moderate: ['published', 'unpublished'],
      lift_moderation: ['unpublished (modérée)'],
    });
    expect((['draft', 'published', 'unpublished', 'archived'] as const).filter(isEditable)).toEqual([
      'draft',
      'published',
      'unpublished',
    ]);
  });

  it('tells the host of a moderated offer why it cannot republish nor copy it, and what to do', () => {
    expect(transitionRefusal({ status: 'unpublished', moderated: true }, 'publish')).toBe(MODERATED_OFFER);
    expect(MODERATED_OFFER).toContain('écrivez à l’équipe nationale');
    expect(transitionRefusal({ status: 'unpublished', moderated: false }, 'publish')).toBeNull();
    expect([canCopy({ moderated: false }), canCopy({ moderated: true })]).toEqual([true, false]);
    expect(transitionRefusal({ status: 'archived', moderated: false }, 'publish')).toBe(
      'Cette offre est déjà publiée ou archivée.',
    );
  });

  it('renews only an offer of a past campaign', () => {
    expect(canRenew({ schoolYear: 2025 }, '2026-11-28')).toBe(true);
    expect(canRenew({ schoolYear: 2026 }, '2026-11-28')).toBe(false);
    // In the summer, the upcoming campaign is the current one.
    expect(canRenew({ schoolYear: 2025 }, '2026-07-10')).toBe(true);
  });

  it('lists the steps a draft still needs, in form order, and says them once for page and refusal', () => {
    expect(publicationGaps(complete)).toEqual([]);
    const gaps = publicationGaps({ ...complete, lat: null, futureWeeks: 0, tutorEmail: null });
    expect(gaps).toEqual(['structure', 'lieu', 'semaines']);
    expect(publicationGapsMessage(gaps)).toBe(
      'Pour publier l’offre, complétez : structure et tuteur, lieu, semaines et places.',
    );
    // The partner API's offers have no tutor: the host names one in the convention.
    expect(publicationGaps({ ...complete, tutorName: null, tutorEmail: null, remoteId: 'ref-1' })).toEqual([]);
  });
});
