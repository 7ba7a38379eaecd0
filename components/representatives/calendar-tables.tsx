'use client';

import type { ColumnDef } from '@tanstack/react-table';
import { fr } from '@codegouvfr/react-dsfr';
import { DataTable } from '@/components/data-table/data-table';
import { formatDay, formatWeek } from '@/lib/calendar/format';
import {
  barPercent,
  WEEK_COLUMNS,
  weekHolidayNote,
  type CalendarSchool,
  type CalendarWeek,
} from '@/lib/representatives/calendar';
import { SCHOOL_NETWORK_LABELS } from '@/lib/schools/labels';
import { capitalise, plural } from '@/lib/text/words';

/*
 * The department calendar's two tables (/pilotage/calendrier), laid out by DataTable: a card per
 * row on phones, nothing to sort (weeks in calendar order, schools by name).
 */

const NUMBER = new Intl.NumberFormat('fr-FR');
const SIGNED = new Intl.NumberFormat('fr-FR', { signDisplay: 'exceptZero' });
const right = { className: fr.cx('fr-cell--right') };
const unsorted = { sort: '', dir: 'asc', buildHref: () => '' } as const;

const PUPILS_COLOUR = 'var(--background-action-high-blue-france)';
const SEATS_COLOUR = 'var(--background-action-high-green-emeraude)';

function weekColumns(holidaysRecorded: boolean, largest: number): ColumnDef<CalendarWeek>[] {
  const count = (key: 'schools' | 'pupils' | 'seatsOffered' | 'seatsHeld'): ColumnDef<CalendarWeek> => ({
    id: key,
    header: WEEK_COLUMNS[key],
    cell: ({ row }) => NUMBER.format(row.original[key]),
    meta: right,
  });
  return [
    { id: 'week', header: WEEK_COLUMNS.week, cell: ({ row }) => capitalise(formatWeek(row.original.week)) },
    {
      id: 'holiday',
      header: WEEK_COLUMNS.holiday,
      cell: ({ row }) => {
        const note = weekHolidayNote(row.original, holidaysRecorded);
        return row.original.holiday ? <strong>{note}</strong> : (note ?? '—');
      },
    },
    count('schools'),
    count('pupils'),
    count('seatsOffered'),
    count('seatsHeld'),
    {
      id: 'balance',
      header: WEEK_COLUMNS.balance,
      cell: ({ row }) => SIGNED.format(row.original.balance),
      meta: right,
    },
    {
      id: 'bars',
      header: 'Élèves et places',
      cell: ({ row }) => <WeekBars week={row.original} largest={largest} />,
    },
  ];
}

/**
 * Pupils against seats offered as two bars on one scale (the table's largest figure). The figures are
 * in the cells beside: the bars only let a long column be read at a glance, and say them in words.
 */
function WeekBars({ week, largest }: { week: CalendarWeek; largest: number }) {
  const bar = (value: number, colour: string) => (
    <span
      style={{
        display: 'block',
        height: '0.5rem',
        margin: '0.125rem 0',
        minWidth: value > 0 ? '2px' : 0,
        width: `${barPercent(value, largest)}%`,
        background: colour,
      }}
    />
  );
  return (
    <span
      role="img"
      aria-label={`${plural(week.pupils, 'élève')}, ${plural(week.seatsOffered, 'place offerte')}`}
      style={{ display: 'block', minWidth: '6rem' }}
    >
      {bar(week.pupils, PUPILS_COLOUR)}
      {bar(week.seatsOffered, SEATS_COLOUR)}
    </span>
  );
}

function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: '1.5rem',
        height: '0.5rem',
        background: colour,
        verticalAlign: 'middle',
      }}
    />
  );
}

export function CalendarWeeksTable({
  weeks,
  holidaysRecorded,
  caption,
}: {
  weeks: CalendarWeek[];
  holidaysRecorded: boolean;
  caption: string;
}) {
  const largest = Math.max(0, ...weeks.map((week) => Math.max(week.pupils, week.seatsOffered)));
  return (
    <>
      <p className={fr.cx('fr-text--sm')}>
        Dans la dernière colonne, pour chaque semaine et à la même échelle : en haut les élèves{' '}
        <Swatch colour={PUPILS_COLOUR} /> (bleu), en bas les places offertes <Swatch colour={SEATS_COLOUR} /> (vert).
      </p>
      <DataTable
        columns={weekColumns(holidaysRecorded, largest)}
        data={weeks}
        caption={caption}
        getRowId={(week) => week.week}
        compact
        {...unsorted}
      />
    </>
  );
}

const schoolColumns: ColumnDef<CalendarSchool>[] = [
  { id: 'name', header: 'Collège', cell: ({ row }) => row.original.name },
  { id: 'commune', header: 'Commune', cell: ({ row }) => row.original.commune },
  { id: 'uai', header: 'UAI', cell: ({ row }) => row.original.uai },
  { id: 'network', header: 'Réseau', cell: ({ row }) => SCHOOL_NETWORK_LABELS[row.original.network] },
  {
    id: 'classes',
    header: 'Classes et semaines de stage',
    cell: ({ row }) =>
      row.original.classes.length === 0 ? (
        'Aucune classe ouverte cette année'
      ) : (
        <ul className={fr.cx('fr-raw-list')}>
          {row.original.classes.map((cls) => (
            <li key={cls.name}>
              <strong>{cls.name}</strong> ({plural(cls.pupils, 'élève')}) :{' '}
              {cls.weeks.length === 0
                ? 'aucune semaine choisie'
                : `${cls.weeks.length > 1 ? 'semaines' : 'semaine'} du ${cls.weeks.map((week) => formatDay(week)).join(', du ')}`}
            </li>
          ))}
        </ul>
      ),
  },
];

export function CalendarSchoolsTable({ schools, caption }: { schools: CalendarSchool[]; caption: string }) {
  return (
    <DataTable
      columns={schoolColumns}
      data={schools}
      caption={caption}
      getRowId={(school) => school.id}
      {...unsorted}
    />
  );
}
