import { describe, expect, it } from 'vitest';
import { openableSchoolYears, parseCampaignSegment, splitError, whyNotOpenable } from './campaign-rules';

describe('which campaign may be opened', () => {
  it('is the year after the latest, up to the year after the one in progress', () => {
    // 6 December 2026: 2026-2027 is in progress, 2027-2028 is being prepared.
    expect(openableSchoolYears(2026, '2026-12-06')).toEqual([2027]);
    expect(openableSchoolYears(2027, '2026-12-06')).toEqual([]);
    // Only 2019-2020 so far: the years in between are over, the current and the next remain.
    expect(openableSchoolYears(2019, '2026-12-06')).toEqual([2026, 2027]);
    expect(openableSchoolYears(null, '2026-12-06')).toEqual([2026, 2027]);
    // In summer the coming year counts as current: 2028-2029 may be prepared from 1 June 2027.
    expect(openableSchoolYears(2027, '2027-05-31')).toEqual([]);
    expect(openableSchoolYears(2027, '2027-06-01')).toEqual([2028]);
  });

  it('says why a year cannot be opened', () => {
    const existing = [2019, 2026];
    expect(whyNotOpenable(2027, existing, '2026-12-06')).toBeNull();
    expect(whyNotOpenable(2026, existing, '2026-12-06')).toBe('La campagne 2026-2027 est déjà ouverte.');
    expect(whyNotOpenable(2020, existing, '2026-12-06')).toBe(
      'Une nouvelle campagne s’ouvre après la dernière, 2026-2027 : 2020-2021 ne peut plus l’être.',
    );
    expect(whyNotOpenable(2024, [2019], '2026-12-06')).toBe(
      'La campagne 2024-2025 est passée : ouvrez celle de 2026-2027.',
    );
    expect(whyNotOpenable(2028, existing, '2026-12-06')).toBe(
      'La campagne 2028-2029 pourra être ouverte à partir du 1er juin 2027.',
    );
  });
});

describe('an edited territory target', () => {
  it('adds up: total = public + private', () => {
    expect(splitError({ total: 1300, public: 650, private: 650 })).toBeNull();
    expect(splitError({ total: 0, public: 0, private: 0 })).toBeNull();
    // Hauts-de-France as printed in 2019: 2460 + 2460 = 4920, not 4919.
    expect(splitError({ total: 4919, public: 2460, private: 2460 })).toBe(
      'Le total doit être égal à la somme des stages publics et privés (2460 + 2460 = 4920).',
    );
  });
});

describe('the campaign in the URL', () => {
  it('is its label', () => {
    expect(parseCampaignSegment('2027-2028')).toBe(2027);
    expect(parseCampaignSegment('2027-2029')).toBeNull();
    expect(parseCampaignSegment('2027')).toBeNull();
    expect(parseCampaignSegment('x2027-2028')).toBeNull();
  });
});
