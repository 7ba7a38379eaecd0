import { performance } from 'node:perf_hooks';
import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { applications } from '@/db/schema';
import { groupBy } from '@/lib/group-by';
import { answerApplication } from '@/lib/applications/answer-mutations';
import { runApplicationDeadlines } from '@/lib/applications/deadline-mutations';
import { apply, confirmApplication } from '@/lib/applications/mutations';
import { OPEN_STATUSES } from '@/lib/applications/rules';
import type { SessionUser } from '@/lib/auth/types';
import { internshipWindow } from '@/lib/calendar/school-year';
import { addDays, type IsoDate } from '@/lib/calendar/weeks';
import { searchOffersForPupil } from '@/lib/offers/search-queries';
import type { Scenario, ScenarioResult } from '@/lib/simulation/result';
import { createRandom } from '../support/random';
import { buildCampaign, type SimArea, type SimPupil } from './campaign';
import { scenarioFigures } from './figures';
import { drawCount, MODEL, TIMELINE } from './model';
import { inParallel } from './parallel';
import { chooseSchoolWeeks, postOffers } from './weeks';

/*
 * One scenario of the simulated campaign, day by day from 1 September to the last internship week,
 * through the domain's own functions: the pupils search (searchOffersForPupil) and apply (apply),
 * confirm (confirmApplication), the hosts
 * answer (answerApplication), the daily job runs (runApplicationDeadlines). Nothing here decides
 * whether an application may be sent, accepted or confirmed, nor when it expires: a refusal of the
 * domain is an outcome, counted like any other.
 *
 * Each day runs in phases (searches, answers, confirmations, the daily job, new rounds); within a phase
 * the actors are independent (a pupil's applications only touch their own rows; a host's answers
 * only its own offers' seats), so they run several at a time and the result does not depend on
 * their order. Every draw is made outside the concurrent part, in a fixed order: the same seed gives
 * the same campaign and the same figures.
 */

export interface SimulationOptions {
  seed: number;
  scale: number;
  scenario: Scenario;
  /** A few departments only (the tests' small campaign); all of France by default. */
  area?: SimArea;
  /** Domain calls in flight at once. */
  concurrency?: number;
  /** One line per simulated month, for the person waiting. */
  progress?: (line: string) => void;
}

export interface SimulationCounts {
  searches: number;
  applications: number;
  refusedApplications: number;
  answers: number;
  confirmations: number;
  domainCalls: number;
  /** Seconds spent in each phase, over the whole campaign. */
  seconds: Record<'weeks' | 'searches' | 'answers' | 'confirmations' | 'daily_job' | 'rounds', number>;
}

const MOTIVATION =
  'Je voudrais découvrir ce métier pendant ma semaine de stage de troisième, observer les équipes et poser mes questions.';
const REFUSAL = 'Nous ne pouvons pas accueillir d’élève cette semaine-là.';

/** Plays one scenario on an empty, migrated database (reference data loaded). */
export async function simulateCampaign(
  db: Db,
  { seed, scale, scenario, area, concurrency = 8, progress = () => {} }: SimulationOptions,
): Promise<{ result: ScenarioResult; counts: SimulationCounts }> {
  // Separate streams: the campaign and everyone's traits are the same in both scenarios; the
  // scenario's week choices and the day-to-day draws then diverge without shifting them.
  const campaign = await buildCampaign(db, createRandom(seed), scale, area);
  const weeksRandom = createRandom(seed + 1);
  const events = createRandom(seed + 2);
  const counts: SimulationCounts = {
    searches: 0,
    applications: 0,
    refusedApplications: 0,
    answers: 0,
    confirmations: 0,
    domainCalls: 0,
    seconds: { weeks: 0, searches: 0, answers: 0, confirmations: 0, daily_job: 0, rounds: 0 },
  };
  let mark = performance.now();
  const lap = (phase: keyof SimulationCounts['seconds']) => {
    const time = performance.now();
    counts.seconds[phase] += (time - mark) / 1000;
    mark = time;
  };
  const agenda = new Agenda();
  const organisations = new Map(campaign.offers.map((offer) => [offer.id, offer.organisation]));
  const pupils = campaign.pupils.filter((pupil) => pupil.onPlatform);
  const classWeek = new Map<string, IsoDate>();
  const roundsDone = new Map<string, number>();
  /** Pupils between two rounds, waiting for answers. */
  const looking = new Map<string, SimPupil>();
  const placed = new Set<string>();
  const lastDay = internshipWindow(campaign.schoolYear).lastWeek;

  for (let day: IsoDate = TIMELINE.start; day <= lastDay; day = addDays(day, 1)) {
    const now = new Date(`${day}T08:00:00Z`);
    // Today's lists, which the day's later phases may still add to.
    const today = agenda.at(day);
    if (day === TIMELINE.start)
      await postOffers(
        db,
        weeksRandom,
        scenario,
        campaign.offers.filter((offer) => offer.early),
        { schoolYear: campaign.schoolYear, today: day, concurrency },
      );
    if (day === TIMELINE.lateOffers)
      await postOffers(
        db,
        weeksRandom,
        scenario,
        campaign.offers.filter((offer) => !offer.early),
        { schoolYear: campaign.schoolYear, today: day, concurrency },
      );
    if (day === TIMELINE.schoolsChoose) {
      for (const [classId, week] of await chooseSchoolWeeks(db, weeksRandom, scenario, campaign.schools, {
        schoolYear: campaign.schoolYear,
        today: day,
        concurrency,
      }))
        classWeek.set(classId, week);
      for (const pupil of pupils) {
        const week = classWeek.get(pupil.classId)!;
        const start = addDays(week, -pupil.startDaysBefore);
        agenda.at(start > day ? start : addDays(day, 1)).searches.push(pupil);
      }
    }

    lap('weeks');

    // 1. Searches and applications: a round for each pupil due today.
    const rounds = await inParallel(today.searches, concurrency, async (pupil) => {
      counts.domainCalls++;
      const found = await searchOffersForPupil(pupilActor(pupil), {}, { page: 1, today: day }, db);
      counts.searches++;
      return found.ok ? found.data.items.filter((item) => item.weeks.length > 0) : [];
    });
    const wanted = today.searches.map((pupil, index) => {
      const count = drawCount(events, MODEL.applicationsPerRound);
      const items = rounds[index]!;
      const preferred = items.filter((item) => pupil.preferredSectors.has(item.sectorName ?? ''));
      const others = items.filter((item) => !pupil.preferredSectors.has(item.sectorName ?? ''));
      return [...preferred, ...others].slice(0, count);
    });
    const sent = await inParallel(today.searches, concurrency, async (pupil, index) => {
      const ids: (string | null)[] = [];
      for (const item of wanted[index]!) {
        counts.domainCalls++;
        const outcome = await apply(
          pupilActor(pupil),
          { offerId: item.id, week: item.weeks[0]!, motivation: MOTIVATION },
          { today: day, now },
          db,
        );
        ids.push(outcome.ok ? outcome.data.applicationId : null);
      }
      return ids;
    });
    today.searches.forEach((pupil, index) => {
      roundsDone.set(pupil.id, (roundsDone.get(pupil.id) ?? 0) + 1);
      looking.set(pupil.id, pupil);
      wanted[index]!.forEach((item, n) => {
        const applicationId = sent[index]![n];
        if (!applicationId) return void counts.refusedApplications++;
        counts.applications++;
        const organisation = organisations.get(item.id)!;
        if (organisation.silent) return;
        const answerDay = addDays(day, events.int(...MODEL.hostDelayDays));
        agenda.at(answerDay).answers.push({
          organisation: organisation.id,
          host: hostActor(organisation),
          pupil,
          applicationId,
          key: `${pupil.id}/${item.id}`,
          accept: events.chance(MODEL.hostAccepts),
        });
      });
    });

    lap('searches');

    // 2. The hosts' answers: each organisation one after the other, organisations side by side.
    const byOrganisation = [...groupBy(today.answers, (answer) => answer.organisation).values()].map((answers) =>
      answers.sort((x, y) => x.key.localeCompare(y.key)),
    );
    const accepted = (
      await inParallel(byOrganisation, concurrency, async (answers) => {
        const done: Answer[] = [];
        for (const answer of answers) {
          counts.domainCalls++;
          counts.answers++;
          const options = { today: day, now };
          let outcome = await answerApplication(
            answer.host,
            answer.applicationId,
            answer.accept ? { kind: 'accept' } : { kind: 'refuse', reason: REFUSAL },
            options,
            db,
          );
          if (!outcome.ok && outcome.code === 'SEATS_HELD')
            outcome = await answerApplication(
              answer.host,
              answer.applicationId,
              { kind: 'refuse', reason: REFUSAL },
              options,
              db,
            );
          else if (outcome.ok && answer.accept) done.push(answer);
        }
        return done;
      })
    )
      .flat()
      .sort((x, y) => x.key.localeCompare(y.key));
    for (const answer of accepted) {
      if (!events.chance(MODEL.pupilConfirms)) continue;
      agenda.at(addDays(day, events.int(...MODEL.pupilConfirmDelayDays))).confirmations.push(answer);
    }

    lap('answers');

    // 3. Confirmations: each pupil's in order, pupils side by side.
    const byPupil = [...groupBy(today.confirmations, (answer) => answer.pupil.id).values()].map((answers) =>
      answers.sort((x, y) => x.key.localeCompare(y.key)),
    );
    await inParallel(byPupil, concurrency, async (answers) => {
      for (const answer of answers) {
        counts.domainCalls++;
        const outcome = await confirmApplication(
          pupilActor(answer.pupil),
          answer.applicationId,
          { today: day, now },
          db,
        );
        if (outcome.ok) {
          counts.confirmations++;
          placed.add(answer.pupil.id);
        }
      }
    });

    lap('confirmations');

    // 4. The daily job: expiries, lapsed acceptances, reminders.
    counts.domainCalls++;
    await runApplicationDeadlines(day, now, db);
    lap('daily_job');

    // 5. Every answer and expiry reaches the pupil by e-mail: one whose applications all closed
    // without a placement starts a new round a few days later, while rounds and weeks are left.
    const stillOpen = await pupilsWithOpenApplications(db, [...looking.keys()]);
    for (const pupil of [...looking.values()].sort((x, y) => x.id.localeCompare(y.id))) {
      if (stillOpen.has(pupil.id) && !placed.has(pupil.id)) continue;
      looking.delete(pupil.id);
      const next = addDays(day, MODEL.nextRoundAfterDays);
      if (
        !placed.has(pupil.id) &&
        (roundsDone.get(pupil.id) ?? 0) < pupil.rounds &&
        classWeek.get(pupil.classId)! > next
      )
        agenda.at(next).searches.push(pupil);
    }
    lap('rounds');
    if (day.endsWith('-01'))
      progress(`${scenario} · ${day} · ${counts.applications} candidatures, ${counts.confirmations} stages confirmés`);
  }
  return { result: await scenarioFigures(db, campaign), counts };
}

interface Answer {
  organisation: string;
  host: SessionUser;
  pupil: SimPupil;
  applicationId: string;
  /** Pupil and offer: a stable order (application ids are the database's random UUIDs). */
  key: string;
  accept: boolean;
}

interface Day {
  searches: SimPupil[];
  answers: Answer[];
  confirmations: Answer[];
}

/** What is due on each simulated day. */
class Agenda {
  private readonly days = new Map<IsoDate, Day>();

  at(day: IsoDate): Day {
    let entry = this.days.get(day);
    if (!entry) {
      entry = { searches: [], answers: [], confirmations: [] };
      this.days.set(day, entry);
    }
    return entry;
  }
}

function pupilActor(pupil: SimPupil): SessionUser {
  return {
    id: pupil.id,
    email: `${pupil.id}@bench.test`,
    firstName: 'Élève',
    lastName: 'Simulé',
    role: 'pupil',
    schoolId: pupil.schoolId,
    classId: pupil.classId,
    pendingConsent: false,
  };
}

function hostActor(organisation: { id: string; hostUserId: string }): SessionUser {
  return {
    id: organisation.hostUserId,
    email: `${organisation.hostUserId}@bench.test`,
    firstName: 'Hôte',
    lastName: 'Simulé',
    role: 'host',
    organisationId: organisation.id,
    hostRole: 'admin',
  };
}

/**
 * Of these pupils, the ones with an application still open (waiting for the host, or accepted and
 * waiting for them): the state the domain left, read once a day for all of them (one JSON
 * parameter, as bulkInsert: tens of thousands of ids).
 */
async function pupilsWithOpenApplications(db: Db, pupilIds: string[]): Promise<Set<string>> {
  if (pupilIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ pupilId: applications.pupilId })
    .from(applications)
    .where(
      and(
        sql`${applications.pupilId} in (select value::uuid from json_array_elements_text(${JSON.stringify(pupilIds)}::json))`,
        inArray(applications.status, [...OPEN_STATUSES]),
      ),
    );
  return new Set(rows.map((row) => row.pupilId));
}
