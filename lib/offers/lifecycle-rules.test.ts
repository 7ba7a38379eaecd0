import { describe, expect, it } from 'vitest';
import {
  canRenew,
  canTransition,
  isEditable,
  OFFER_TRANSITIONS,
  publicationGaps,
  publicationGapsMessage,
} from './lifecycle-rules';

const complete = {
  tutorName: 'Sophie Lemaire',
  tutorEmail: 'sophie@exemple.fr',
  title: 'Logistique urbaine',
  description: 'Une semaine au dépôt.',
  sectorId: 'sector',
  lat: 48.9,
  dailyStart: '09:00',
  futureWeeks: 2,
};

describe('offer lifecycle', () => {
  it('publishes a draft or an unpublished offer, unpublishes a published one, archives any but an archived one', () => {
    const statuses = ['draft', 'published', 'unpublished', 'archived'] as const;
    const table = Object.fromEntries(
      (Object.keys(OFFER_TRANSITIONS) as (keyof typeof OFFER_TRANSITIONS)[]).map((t) => [
        t,
        statuses.filter((status) => canTransition(status, t)),
      ]),
    );
    expect(table).toEqual({
      publish: ['draft', 'unpublished'],
      unpublish: ['published'],
      archive: ['draft', 'published', 'unpublished'],
    });
    expect(statuses.filter(isEditable)).toEqual(['draft', 'published', 'unpublished']);
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
  });
});
