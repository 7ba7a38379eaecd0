import { formatDay, formatWeek } from '@/lib/calendar/format';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { formatIsoWeek } from '@/lib/calendar/weeks';
import { toCsv } from '@/lib/csv';
import { capitalise } from '@/lib/text/words';
import type { Dashboard } from './dashboard-queries';
import {
  areaLink,
  type Cell,
  CHILD_LABELS,
  gapCells,
  GENDER_HEAD,
  genderCells,
  percent,
  placeName,
  type SteeringTable,
  type TableId,
  type TableRow,
  targetCell,
  weekSituation,
} from './table-cells';
import { childLevel, type OfferCounts, type SectorGenderTable, type TargetTriple } from './rules';

/*
 * Every table of a dashboard, built once from its figures: the page renders them as HTML tables
 * (the accessible equivalent of each chart) and the export route as CSV files, so both always say
 * the same. A cell is a number, a text, or null (nothing to say: « — » on the page, empty in CSV).
 */

export function dashboardTables(dashboard: Dashboard, drillable: boolean): SteeringTable[] {
  const { view, offers, groups, applications, areas, weeks } = dashboard;
  const where = `${placeName(view)}, ${schoolYearLabel(dashboard.query.schoolYear)}`;
  const tables: SteeringTable[] = [];

  if (offers) {
    const ministry = view.level === 'ministry';
    const line = (key: 'public' | 'private' | 'total', label: string): TableRow => {
      const counts: OfferCounts = offers.offers[key];
      const target: number | null = ministry
        ? key === 'public'
          ? (offers.ministryTarget?.target ?? null)
          : null
        : (offers.target?.[key] ?? null);
      const gap = ministry ? (key === 'public' ? offers.ministryTarget : null) : offers.gaps?.[key];
      return {
        key,
        cells: [
          label,
          counts.offers,
          counts.seatsOffered,
          counts.seatsHeld,
          ministry && key !== 'public' ? null : targetCell(target),
          ...gapCells(gap),
        ],
      };
    };
    tables.push({
      id: 'offres',
      caption: `Offres déposées et places offertes face à l’objectif${ministry ? ' (annexe 2, stages publics)' : ''} – ${where}`,
      head: [
        'Offres',
        'Offres déposées',
        'Places offertes',
        'Places pourvues',
        ministry ? 'Objectif annexe 2' : 'Objectif',
        'Écart (places)',
        'Écart (%)',
      ],
      rows: [line('public', 'Publiques'), line('private', 'Privées'), line('total', 'Total')],
    });

    if (offers.children.length > 0) {
      const sum = offers.childrenTargetSum;
      const totals = offers.children.reduce(
        (acc, child) => ({
          offers: acc.offers + child.offers.total.offers,
          public: acc.public + child.offers.public.seatsOffered,
          private: acc.private + child.offers.private.seatsOffered,
          total: acc.total + child.offers.total.seatsOffered,
        }),
        { offers: 0, public: 0, private: 0, total: 0 },
      );
      const childKind = view.level === 'national' ? 'region' : 'department';
      const targetTriple = (t: TargetTriple | null) => [
        targetCell(t?.public),
        targetCell(t?.private),
        targetCell(t?.total),
      ];
      tables.push({
        id: 'territoires',
        caption: `Places offertes et objectif par ${childKind === 'region' ? 'région' : 'département'} – ${where}`,
        head: [
          CHILD_LABELS[childKind],
          'Offres déposées',
          'Places publiques',
          'Places privées',
          'Places offertes',
          'Objectif public',
          'Objectif privé',
          'Objectif total',
          'Écart (places)',
          'Écart (%)',
        ],
        rows: offers.children.map((child) => ({
          key: child.code,
          link: drillable ? { level: childKind, code: child.code } : undefined,
          cells: [
            placeName({ level: childKind, name: child.name, code: child.code }),
            child.offers.total.offers,
            child.offers.public.seatsOffered,
            child.offers.private.seatsOffered,
            child.offers.total.seatsOffered,
            ...targetTriple(child.target),
            ...gapCells(child.gaps?.total),
          ],
        })),
        total: [
          `Total (somme des objectifs ${childKind === 'region' ? 'des régions' : 'des départements'})`,
          totals.offers,
          totals.public,
          totals.private,
          totals.total,
          ...targetTriple(sum),
          ...(sum?.total ? [totals.total - sum.total, percent((totals.total - sum.total) / sum.total)] : [null, null]),
        ],
      });
    }
  }

  const genderTable = (id: TableId, title: string, table: SectorGenderTable): SteeringTable => ({
    id,
    caption: `${title} par secteur professionnel et par genre – ${where}`,
    head: ['Secteur professionnel', ...GENDER_HEAD],
    rows: table.bySector.map((row) => ({ key: row.sectorId ?? 'aucun', cells: [row.sectorName, ...genderCells(row)] })),
    total: ['Total', ...genderCells(table.total)],
  });
  tables.push(
    genderTable('candidatures', 'Candidatures', applications.applications),
    genderTable('stages-confirmes', 'Stages confirmés', applications.confirmed),
    genderTable('stages-realises', 'Stages réalisés', applications.completed),
  );

  if (areas) {
    const level = areas.rows[0]?.level ?? childLevel(view.level) ?? 'school';
    const seatCells = (seats: { seatsOffered: number; seatsFilled: number; fillRate: number | null } | null): Cell[] =>
      seats ? [seats.seatsOffered, seats.seatsFilled, percent(seats.fillRate)] : [null, null, null];
    tables.push({
      id: 'zones',
      caption: `Élèves et places par ${CHILD_LABELS[level].toLowerCase()} – ${where}`,
      head: [
        CHILD_LABELS[level],
        'Élèves inscrits',
        'Élèves autorisés',
        'Avec une candidature',
        'Placés',
        'Stage réalisé',
        'Places offertes',
        'Places pourvues',
        'Taux de remplissage (%)',
      ],
      rows: areas.rows.map((row) => ({
        key: row.code,
        link: drillable ? areaLink(row.level, row.code) : undefined,
        cells: [
          placeName({ level: row.level, name: row.name, code: row.code }),
          row.pupils,
          row.authorised,
          row.withApplication,
          row.placed,
          row.completed,
          ...seatCells(row.seats),
        ],
      })),
      total: [
        'Total',
        areas.total.pupils,
        areas.total.authorised,
        areas.total.withApplication,
        areas.total.placed,
        areas.total.completed,
        ...seatCells(areas.total.seats),
      ],
    });
  }

  if (weeks)
    tables.push({
      id: 'semaines',
      caption: `Places libres et élèves sans stage par semaine – ${where}`,
      head: [
        'Semaine',
        'Places offertes',
        'Places libres',
        'Collèges',
        'Élèves',
        'Élèves sans stage',
        'Solde',
        'Situation',
      ],
      rows: weeks.map((week) => ({
        key: week.week,
        cells: [
          capitalise(formatWeek(week.week)),
          week.seatsOffered,
          week.seatsFree,
          week.schools,
          week.pupils,
          week.pupilsWithoutPlacement,
          week.balance,
          weekSituation(week),
        ],
      })),
    });

  if (groups) {
    tables.push(
      {
        id: 'ministeres',
        caption: `Offres publiques par ministère – ${where}`,
        head: [
          'Ministère',
          'Offres déposées',
          'Places offertes',
          'Stages confirmés',
          'Objectif annexe 2',
          'Écart (places)',
          'Écart (%)',
        ],
        rows: groups.ministries.map((row) => {
          const gap = row.target ? row.seatsOffered - row.target : null;
          return {
            key: row.id,
            cells: [
              row.name,
              row.offers,
              row.seatsOffered,
              row.placements,
              targetCell(row.target),
              gap,
              gap === null || !row.target ? null : percent(gap / row.target),
            ],
          };
        }),
      },
      {
        id: 'groupes-paqte',
        caption: `Offres privées par groupe PAQTE – ${where}`,
        head: ['Groupe PAQTE', 'Offres déposées', 'Places offertes', 'Stages confirmés'],
        rows: groups.paqteGroups.map((row) => ({
          key: row.id,
          cells: [row.name, row.offers, row.seatsOffered, row.placements],
        })),
      },
    );
  }
  return tables;
}

/** A table as a CSV file (lib/csv.ts: `;`, BOM, CRLF); decimals with a comma, as French spreadsheets read them. */
export function tableCsv(table: SteeringTable, weeks?: Dashboard['weeks']): string {
  const cell = (value: Cell): string | number => value ?? '';
  if (table.id === 'semaines' && weeks)
    return toCsv([
      ['Semaine (lundi)', 'Semaine ISO', ...table.head.slice(1)],
      ...weeks.map((week, i) => [
        formatDay(week.week, 'short'),
        formatIsoWeek(week.week),
        ...table.rows[i]!.cells.slice(1).map(cell),
      ]),
    ]);
  return toCsv([
    table.head,
    ...table.rows.map((row) => row.cells.map(cell)),
    ...(table.total ? [table.total.map(cell)] : []),
  ]);
}
