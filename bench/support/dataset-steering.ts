import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/migrate';
import type { BenchCampaign } from './fixtures';

/*
 * What the steering dashboards (issue 14) read beyond the national dataset of dataset.ts: the
 * campaign's targets, PAQTE groups on private offers, and the conventions of the internships with
 * their outcome. Added set-based (a handful of INSERT … SELECT and UPDATE statements, seconds even on
 * PGlite), deterministic for a seed: every share is drawn from hashtext() of a row's id, which the
 * seeded generator chose.
 *
 * - Targets: the 2019-2020 Annex 1 and Annex 2 lines (reference data) carried over to the dataset's
 *   campaign, as the admin's new campaign does.
 * - PAQTE groups: 40 groups; 30 % of the companies (kind 'private'; associations may not join) belong to one, and their offers carry
 *   it (copied onto the offer at publication in the app).
 * - Conventions: one per confirmed application (about 40 000), its facts copied from the school, the
 *   host, the pupil and the offer; and one, cancelled, for a fifth of the applications cancelled by
 *   the pupil or the host (the internship had been confirmed, then called off).
 * - Outcomes: the dataset is frozen on 28 November, before most weeks; to weigh the "completed"
 *   figures as a campaign in March would, 30 % of the confirmed internships are recorded completed
 *   and 2 % not held, whatever their week. The share barely changes the cost: each confirmed
 *   application's convention is probed once by its unique application_id index, whatever its outcome.
 */

export const PAQTE_GROUPS = 40;
/** Share of private organisations in a PAQTE group. */
export const PAQTE_SHARE = 0.3;
/** Shares of the confirmed internships recorded completed, and not held. */
export const COMPLETED_SHARE = 0.3;
export const NOT_HELD_SHARE = 0.02;
/** Share of the applications cancelled by either side that had a convention (then cancelled). */
export const CANCELLED_CONVENTION_SHARE = 0.2;

/** A draw in [0, 100) from a row id, the same on both databases. */
const percentOf = (column: string) => sql.raw(`(abs(hashtext(${column}::text)) % 100)`);

export async function insertSteeringData(db: Db, campaign: BenchCampaign): Promise<Record<string, number>> {
  const year = campaign.schoolYear;
  const campaignId = sql`(select id from campaigns where school_year = ${year})`;
  // Annex 1 and Annex 2, carried over from 2019-2020.
  await db.execute(sql`insert into territory_targets (campaign_id, level, territory_code, published_name, total, public, private)
    select ${campaignId}, t.level, t.territory_code, t.published_name, t.total, t.public, t.private
    from territory_targets t join campaigns c on c.id = t.campaign_id where c.school_year = 2019
    on conflict do nothing`);
  await db.execute(sql`insert into ministry_targets (campaign_id, ministry_id, public)
    select ${campaignId}, t.ministry_id, t.public
    from ministry_targets t join campaigns c on c.id = t.campaign_id where c.school_year = 2019
    on conflict do nothing`);

  // PAQTE groups, their private organisations and those organisations' offers.
  await db.execute(sql`insert into paqte_groups (name)
    select 'Groupe PAQTE ' || n from generate_series(1, ${PAQTE_GROUPS}) n on conflict do nothing`);
  await db.execute(sql`with numbered as (select id, row_number() over (order by name) - 1 as n from paqte_groups)
    update host_organisations h set paqte_group_id = g.id
    from numbered g
    where h.kind = 'private' and ${percentOf('h.id')} < ${Math.round(PAQTE_SHARE * 100)}
      and g.n = abs(hashtext(h.id::text || 'g')) % ${PAQTE_GROUPS}`);
  await db.execute(sql`update offers o set paqte_group_id = h.paqte_group_id
    from host_organisations h where h.id = o.organisation_id and h.paqte_group_id is not null`);

  // Conventions of the confirmed internships, and of some called off after confirmation.
  const cancelled = Math.round(CANCELLED_CONVENTION_SHARE * 100);
  await db.execute(sql`insert into agreements (application_id, facts, created_at, canceled_at, cancellation_reason)
    select a.id,
      jsonb_build_object(
        'school', jsonb_build_object('name', s.name, 'uai', s.uai,
          'address', jsonb_build_object('street', coalesce(s.address, ''), 'postcode', coalesce(s.postcode, ''), 'commune', s.commune)),
        'host', jsonb_build_object('name', h.name, 'siret', h.siret,
          'address', jsonb_build_object('street', coalesce(o.street, ''), 'postcode', coalesce(o.postcode, ''), 'commune', coalesce(o.commune, ''))),
        'pupil', jsonb_build_object('firstName', u.first_name, 'lastName', u.last_name, 'className', coalesce(c.name, '')),
        'internship', jsonb_build_object('offerTitle', o.title,
          'place', jsonb_build_object('street', coalesce(o.street, ''), 'postcode', coalesce(o.postcode, ''), 'commune', coalesce(o.commune, '')),
          'jobsDiscovered', o.jobs_discovered, 'weekMonday', a.week)),
      a.updated_at,
      case when a.status <> 'confirmed' then a.updated_at + interval '2 days' end,
      case when a.status <> 'confirmed' then 'Stage annulé après sa confirmation.' end
    from applications a
    join offers o on o.id = a.offer_id
    join host_organisations h on h.id = o.organisation_id
    join pupils p on p.user_id = a.pupil_id
    join users u on u.id = p.user_id
    join schools s on s.id = p.school_id
    left join school_classes c on c.id = p.class_id
    where a.status = 'confirmed'
      or (a.status in ('canceled_by_pupil', 'canceled_by_host') and ${percentOf('a.id')} < ${cancelled})
    on conflict do nothing`);
  const completed = Math.round(COMPLETED_SHARE * 100);
  const notHeld = completed + Math.round(NOT_HELD_SHARE * 100);
  await db.execute(sql`update agreements g set
      outcome = case when ${percentOf('g.application_id')} < ${completed} then 'completed' else 'not_held' end::agreement_outcome,
      outcome_reason = case when ${percentOf('g.application_id')} < ${completed} then null else 'L’élève était absent.' end,
      outcome_at = ${campaign.now.toISOString()}::timestamptz
    where g.canceled_at is null and ${percentOf('g.application_id')} < ${notHeld}`);
  await db.execute(sql`vacuum analyze agreements`);
  await db.execute(sql`vacuum analyze offers`);
  await db.execute(sql`vacuum analyze host_organisations`);

  const count = async (query: ReturnType<typeof sql>) =>
    Number(rowsOf<{ n: string | number }>(await db.execute(query))[0]!.n);
  return {
    'objectifs de territoire': await count(
      sql`select count(*) as n from territory_targets where campaign_id = ${campaignId}`,
    ),
    'offres d’un groupe PAQTE': await count(sql`select count(*) as n from offers where paqte_group_id is not null`),
    conventions: await count(sql`select count(*) as n from agreements`),
    'conventions annulées': await count(sql`select count(*) as n from agreements where canceled_at is not null`),
    'stages effectués': await count(sql`select count(*) as n from agreements where outcome = 'completed'`),
    'stages non effectués': await count(sql`select count(*) as n from agreements where outcome = 'not_held'`),
  };
}
