import { closeDb, getConnection } from '@/db/client';
import { repairSeatCounters } from '@/lib/offers/seat-counters-mutations';
import { seatCounterDrift } from '@/lib/offers/seat-counters-queries';

/**
 * `npm run db:repair-seats`: lists the held-seat counters that disagree with the applications and
 * sets them to the real counts; `-- --check` only lists them and exits with 1 when there are any.
 */
const check = process.argv.includes('--check');
const { db } = await getConnection();
const drift = check ? await seatCounterDrift(db) : await repairSeatCounters(db);
for (const row of drift)
  console.log(
    `offre ${row.offerId}${row.week ? `, semaine du ${row.week}` : ''} : ${row.recorded} place(s) tenue(s) enregistrée(s), ${row.counted} réelle(s)`,
  );
console.log(
  drift.length === 0
    ? 'Compteurs de places tenues : tous justes.'
    : `${drift.length} compteur(s) ${check ? 'faux' : 'corrigé(s)'}.`,
);
await closeDb();
process.exitCode = check && drift.length > 0 ? 1 : 0;
