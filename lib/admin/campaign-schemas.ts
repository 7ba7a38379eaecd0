import { z } from 'zod';
import { targetLevel } from '@/db/schema/enums';
import { idField } from '@/lib/ids';
import { confirmed } from './schemas';
import { splitError } from './campaign-rules';

/* Inputs of /admin/campagnes: opening a campaign and editing one of its targets, row by row. */

export const MAX_TARGET = 1_000_000;

/**
 * A number of internships as typed: a whole number, zero allowed, spaces (« 1 300 ») ignored.
 * An empty field is an error, not zero.
 */
const count = (what: string) =>
  z
    .string({ error: `Saisissez ${what}.` })
    .transform((value) => value.replace(/[\s\u00a0\u202f]/g, ''))
    .pipe(
      z
        .string()
        .min(1, `Saisissez ${what}.`)
        .regex(/^\d+$/, `Saisissez ${what} en nombre entier positif ou nul, sans virgule.`)
        .transform(Number)
        .refine((n) => n <= MAX_TARGET, `Saisissez ${what} : 1 000 000 au plus.`),
    );

export const openCampaignSchema = z.object({
  schoolYear: z.coerce
    .number({ error: 'Année scolaire invalide.' })
    .int('Année scolaire invalide.')
    .min(2000, 'Année scolaire invalide.')
    .max(2100, 'Année scolaire invalide.'),
  confirm: confirmed,
});

export const campaignTerritoryTargetSchema = z
  .object({
    campaignId: idField('Campagne introuvable.'),
    level: z.enum(targetLevel.enumValues, { error: 'Territoire introuvable.' }),
    /** Empty for the national line. */
    territoryCode: z
      .string()
      .trim()
      .max(3, 'Territoire introuvable.')
      .transform((code) => code || null),
    total: count('le total'),
    public: count('le nombre de stages publics'),
    private: count('le nombre de stages privés'),
  })
  .superRefine((target, ctx) => {
    if ((target.level === 'national') !== (target.territoryCode === null))
      ctx.addIssue({ code: 'custom', path: ['territoryCode'], message: 'Territoire introuvable.' });
    const error = splitError(target);
    if (error) ctx.addIssue({ code: 'custom', path: ['total'], message: error });
  });

export const campaignMinistryTargetSchema = z.object({
  campaignId: idField('Campagne introuvable.'),
  ministryId: idField('Ministère introuvable.'),
  public: count('le nombre de stages'),
});

export type TerritoryTargetInput = z.infer<typeof campaignTerritoryTargetSchema>;
export type MinistryTargetInput = z.infer<typeof campaignMinistryTargetSchema>;
