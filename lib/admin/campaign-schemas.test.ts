import { describe, expect, it } from 'vitest';
import { parseForm } from '@/lib/forms';
import { formData } from '@/lib/testing/form-data';
import { campaignMinistryTargetSchema, campaignTerritoryTargetSchema } from './campaign-schemas';

const CAMPAIGN = '0b6f3a52-0a54-4bb2-9c55-0c0c5d1d7f11';
const row = (fields: Record<string, string>) =>
  parseForm(
    campaignTerritoryTargetSchema,
    formData({ campaignId: CAMPAIGN, level: 'department', territoryCode: '93', ...fields }),
  );

describe('a target row as typed', () => {
  it('reads whole numbers, spaces allowed, and the national line without a code', () => {
    expect(row({ total: ' 1 300 ', public: '650', private: '650' })).toEqual({
      ok: true,
      data: { campaignId: CAMPAIGN, level: 'department', territoryCode: '93', total: 1300, public: 650, private: 650 },
    });
    expect(
      parseForm(
        campaignTerritoryTargetSchema,
        formData({ campaignId: CAMPAIGN, level: 'national', territoryCode: '', total: '0', public: '0', private: '0' }),
      ),
    ).toMatchObject({ ok: true, data: { territoryCode: null } });
  });

  it('refuses an empty, negative, decimal or inconsistent figure on its field, keeping what was typed', () => {
    const refused = row({ total: '', public: '-1', private: '2,5' });
    expect(refused).toMatchObject({
      ok: false,
      state: {
        fieldErrors: {
          total: 'Saisissez le total.',
          public: 'Saisissez le nombre de stages publics en nombre entier positif ou nul, sans virgule.',
          private: 'Saisissez le nombre de stages privés en nombre entier positif ou nul, sans virgule.',
        },
        values: { total: '', public: '-1', private: '2,5' },
      },
    });
    expect(row({ total: '10', public: '4', private: '5' })).toMatchObject({
      ok: false,
      state: { fieldErrors: { total: 'Le total doit être égal à la somme des stages publics et privés (4 + 5 = 9).' } },
    });
    expect(row({ total: '2000000', public: '1000000', private: '1000000' })).toMatchObject({
      ok: false,
      state: { fieldErrors: { total: 'Saisissez le total : 1 000 000 au plus.' } },
    });
    expect(
      parseForm(campaignMinistryTargetSchema, formData({ campaignId: CAMPAIGN, ministryId: 'x', public: '3' })),
    ).toMatchObject({ ok: false, state: { fieldErrors: { ministryId: 'Ministère introuvable.' } } });
  });
});
