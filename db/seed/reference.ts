import type { Db } from '../client';
import { campaigns, ministryTargets, territoryTargets } from '../schema/campaigns';
import { academies, departments, holidayPeriods, regions } from '../schema/geo';
import { ministries } from '../schema/organisations';
import { sectors } from '../schema/sectors';
import { HOLIDAY_PERIODS } from './data/holidays';
import { SECTORS } from './data/sectors';
import { ANNEX1_TARGETS_2019, ANNEX2_TARGETS_2019, CAMPAIGN_2019_ID, CAMPAIGNS, MINISTRIES } from './data/targets';
import { ACADEMIES, DEPARTMENTS, REGIONS } from './data/territories';

/**
 * Inserts the reference data every environment needs: territories, sectors, ministries, the
 * 2019-2020 campaign with its Annex 1 and Annex 2 targets, and the 2019-2020 holidays.
 *
 * Contract: idempotent and non-destructive. Every insert is `on conflict do nothing`, so running it
 * on each start-up (db/migrate.ts does) changes nothing once the rows exist, and an admin's later
 * edits (a renamed sector, a corrected ONISEP link) are never overwritten. A row an admin deleted
 * comes back on the next run; retire reference rows by editing them, not deleting them.
 * Everything runs in one transaction, parents before children, so a failure leaves no half-seeded
 * database and concurrent start-ups simply find the rows already there.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values([...REGIONS])
      .onConflictDoNothing();
    await tx
      .insert(academies)
      .values([...ACADEMIES])
      .onConflictDoNothing();
    await tx
      .insert(departments)
      .values([...DEPARTMENTS])
      .onConflictDoNothing();
    await tx
      .insert(sectors)
      .values([...SECTORS])
      .onConflictDoNothing();
    await tx
      .insert(ministries)
      .values([...MINISTRIES])
      .onConflictDoNothing();
    await tx
      .insert(campaigns)
      .values([...CAMPAIGNS])
      .onConflictDoNothing();
    await tx
      .insert(territoryTargets)
      .values(ANNEX1_TARGETS_2019.map((target) => ({ ...target, campaignId: CAMPAIGN_2019_ID })))
      .onConflictDoNothing();
    await tx
      .insert(ministryTargets)
      .values(ANNEX2_TARGETS_2019.map((target) => ({ ...target, campaignId: CAMPAIGN_2019_ID })))
      .onConflictDoNothing();
    await tx
      .insert(holidayPeriods)
      .values([...HOLIDAY_PERIODS])
      .onConflictDoNothing();
  });
}
