/**
 * npm run import:schools -- FICHIER.csv
 *
 * Imports an official school list (REP/REP+ list, or a list of collèges with coordinates) into the
 * database of this process: PostgreSQL when DATABASE_URL is set, the embedded PGlite otherwise.
 * Exit code 1 when the file cannot be read or its format is unknown; rejected rows are reported
 * but do not fail the run, so a national file with a few bad lines still loads the rest.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { closeDb, getConnection } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { CsvError, decodeCsv } from '@/lib/csv';
import { importSchools } from '@/lib/schools/import-mutations';
import { parseSchoolFile, UnknownFormatError, type ParsedSchoolFile } from '@/lib/schools/import-rules';

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((arg) => arg !== '--');
  if (!file) {
    console.error('Usage : npm run import:schools -- FICHIER.csv');
    return 1;
  }
  const started = performance.now();

  let parsed: ParsedSchoolFile;
  try {
    parsed = parseSchoolFile(decodeCsv(readFileSync(file)));
  } catch (error) {
    if (error instanceof CsvError || error instanceof UnknownFormatError) {
      console.error(`${file} : ${error.message}`);
    } else {
      console.error(`Impossible de lire le fichier ${file} : ${(error as Error).message}`);
    }
    return 1;
  }
  const parsedAt = performance.now();
  const rows = parsed.records.length + parsed.rejected.length + parsed.skipped;
  console.log(`Fichier ${file} : ${parsed.formatLabel}, ${rows} ${rows > 1 ? 'lignes lues' : 'ligne lue'}.`);

  try {
    const { db, kind } = await getConnection();
    await migrateDb(db);
    const migratedAt = performance.now();
    const report = await importSchools(db, parsed.records);
    const doneAt = performance.now();

    const rejected = [...parsed.rejected, ...report.rejected].sort((a, b) => a.line - b.line);
    for (const row of rejected) {
      console.log(`  ligne ${row.line}${row.uai ? ` (${row.uai})` : ''} : ${row.reason}`);
    }
    console.log(`Base : ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}`);
    console.log(`  nouveaux établissements : ${report.imported}`);
    console.log(`  mis à jour              : ${report.updated}`);
    console.log(`  inchangés               : ${report.unchanged}`);
    console.log(`  rejetés                 : ${rejected.length}`);
    if (parsed.skipped > 0) console.log(`  ignorés (pas des collèges) : ${parsed.skipped}`);
    console.log(
      `Durée : ${seconds(doneAt - started)} (lecture ${seconds(parsedAt - started)}, ` +
        `migrations ${seconds(migratedAt - parsedAt)}, import ${seconds(doneAt - migratedAt)}).`,
    );
    return 0;
  } finally {
    await closeDb();
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} s`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Database outages and bugs: the stack helps whoever runs the import.
    console.error(error);
    process.exitCode = 1;
  },
);
