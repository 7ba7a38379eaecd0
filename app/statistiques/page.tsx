import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { FilterForm } from '@/components/admin/filter-form';
import { PageContainer } from '@/components/layout/page-container';
import { BarFigure } from '@/components/steering/bar-figure';
import { FigureTable } from '@/components/steering/figure-table';
import { KeyFigures } from '@/components/ui/key-figures';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { figuresTime } from '@/lib/steering/labels';
import { publicStatistics, type PublicStatistics } from '@/lib/steering/public-queries';
import { parseSteeringParams, steeringYears } from '@/lib/steering/schemas';
import { FEWER_THAN_10, type PublicCount, type PublicSectorGenderTable } from '@/lib/steering/small-groups';
import { NO_TARGET, type Cell } from '@/lib/steering/table-cells';

export const metadata: Metadata = { title: 'Statistiques des stages de 3e' };

type SearchParams = Record<string, string | string[] | undefined>;

const NUMBER = new Intl.NumberFormat('fr-FR');
const text = (value: PublicCount | number) => (typeof value === 'number' ? NUMBER.format(value) : value);
const targetCell = (value: number | null | undefined): Cell => (value ? value : NO_TARGET);
const BLUE = '#000091';
const GREY = '#666666';

/**
 * The public statistics (issue 14): the national and regional figures of a campaign, for anyone.
 * Aggregates only, under the small-group rule (lib/steering/small-groups.ts).
 */
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const today = todayInParis();
  const { schoolYear } = parseSteeringParams(await searchParams, today);
  const stats = await publicStatistics(schoolYear);
  const { offers, target } = stats.offers;

  return (
    <PageContainer
      title="Statistiques des stages de 3e"
      lead={`Les offres, les candidatures et les stages de la campagne ${schoolYearLabel(schoolYear)}, en France et par région, face aux objectifs de la circulaire.`}
      breadcrumb="Statistiques"
    >
      <p className={fr.cx('fr-text--sm')}>
        <strong>{figuresTime(stats.asOf)}</strong> (mis à jour au plus toutes les minutes).
      </p>
      <FilterForm
        action="/statistiques"
        selects={[
          {
            name: 'annee',
            label: 'Campagne (année scolaire)',
            value: String(schoolYear),
            options: steeringYears(today).map((y) => ({ value: String(y), label: schoolYearLabel(y) })),
          },
        ]}
      />
      <p>
        Pour protéger les élèves, aucun groupe de moins de 10 élèves n’est montré à part : un tel nombre est remplacé
        par « {FEWER_THAN_10} », et un second nombre de la même ligne ou colonne, « non diffusé », pour qu’il ne puisse
        pas se retrouver par soustraction ; les secteurs de moins de 10 sont regroupés en « Autres secteurs ». Les
        offres et les places sont données telles quelles.
      </p>
      <KeyFigures
        figures={[
          { value: text(offers.total.offers), label: 'offres déposées' },
          { value: text(offers.total.seatsOffered), label: 'places offertes' },
          { value: text(stats.pupils.pupils), label: 'élèves inscrits' },
          { value: text(stats.applications.total.total), label: 'candidatures' },
          { value: text(stats.confirmed.total.total), label: 'stages confirmés' },
          { value: text(stats.completed.total.total), label: 'stages réalisés' },
        ]}
      />

      <section aria-labelledby="offres" className={fr.cx('fr-mt-6w')}>
        <h2 id="offres">Offres et places face à l’objectif national</h2>
        <BarFigure
          summary={
            `Places offertes face à l’objectif national : publiques ${text(offers.public.seatsOffered)} ` +
            `(objectif ${target ? text(target.public) : NO_TARGET}), privées ${text(offers.private.seatsOffered)} ` +
            `(objectif ${target ? text(target.private) : NO_TARGET}), total ${text(offers.total.seatsOffered)} ` +
            `(objectif ${target ? text(target.total) : NO_TARGET}).`
          }
          data={(['public', 'private', 'total'] as const).map((kind) => ({
            name: { public: 'Publiques', private: 'Privées', total: 'Total' }[kind],
            seats: offers[kind].seatsOffered,
            target: target?.[kind] ?? 0,
          }))}
          series={[
            { key: 'seats', name: 'Places offertes', colour: BLUE },
            { key: 'target', name: 'Objectif', colour: GREY },
          ]}
        />
        <FigureTable table={offersTable(stats)} />
      </section>

      <section aria-labelledby="candidatures" className={fr.cx('fr-mt-6w')}>
        <h2 id="candidatures">Candidatures et stages par secteur et par genre</h2>
        <p>
          Par secteur professionnel de l’offre et par genre déclaré de l’élève. Un stage confirmé puis annulé n’est pas
          compté.
        </p>
        <FigureTable table={genderTable('candidatures', 'Candidatures', stats.applications)} />
        <FigureTable table={genderTable('stages-confirmes', 'Stages confirmés', stats.confirmed)} />
        <FigureTable table={genderTable('stages-realises', 'Stages réalisés', stats.completed)} />
      </section>

      <section aria-labelledby="regions" className={fr.cx('fr-mt-6w')}>
        <h2 id="regions">Par région</h2>
        <BarFigure
          summary={`Places offertes et objectif par région : ${stats.regions
            .map((r) => `${r.name} ${text(r.seatsOffered)} pour ${r.target ? text(r.target.total) : NO_TARGET}`)
            .join(' ; ')}.`}
          horizontal
          data={stats.regions.map((r) => ({ name: r.name, seats: r.seatsOffered, target: r.target?.total ?? 0 }))}
          series={[
            { key: 'seats', name: 'Places offertes', colour: BLUE },
            { key: 'target', name: 'Objectif', colour: GREY },
          ]}
        />
        <FigureTable table={regionOffersTable(stats)} />
        <FigureTable table={regionPupilsTable(stats)} />
      </section>
    </PageContainer>
  );
}

function offersTable({ offers: { offers, target, gaps } }: PublicStatistics) {
  return {
    id: 'offres',
    caption: 'Offres et places offertes face à l’objectif national',
    head: ['Offres', 'Offres déposées', 'Places offertes', 'Objectif', 'Écart', 'Écart (%)'],
    rows: (['public', 'private'] as const).map((kind) => ({
      key: kind,
      cells: [
        kind === 'public' ? 'Publiques' : 'Privées',
        offers[kind].offers,
        offers[kind].seatsOffered,
        targetCell(target?.[kind]),
        target?.[kind] ? gaps![kind].gap : null,
        target?.[kind] ? gaps![kind].gapPercent : null,
      ],
    })),
    total: [
      'Total',
      offers.total.offers,
      offers.total.seatsOffered,
      targetCell(target?.total),
      target?.total ? gaps!.total.gap : null,
      target?.total ? gaps!.total.gapPercent : null,
    ],
  };
}

function genderTable(id: string, title: string, table: PublicSectorGenderTable) {
  const cells = (row: PublicSectorGenderTable['total']): Cell[] => [row.girl, row.boy, row.notStated, row.total];
  return {
    id,
    caption: `${title} par secteur et par genre`,
    head: ['Secteur', 'Filles', 'Garçons', 'Genre non renseigné', 'Total'],
    rows: table.bySector.map((row) => ({ key: row.sectorName, cells: [row.sectorName, ...cells(row)] })),
    total: ['Total', ...cells(table.total)],
  };
}

function regionOffersTable(stats: PublicStatistics) {
  return {
    id: 'regions-offres',
    caption: 'Offres et places offertes par région, face à l’objectif de la région',
    head: ['Région', 'Offres déposées', 'Places offertes', 'dont publiques', 'dont privées', 'Objectif'],
    rows: stats.regions.map((r) => ({
      key: r.code,
      cells: [r.name, r.offers, r.seatsOffered, r.seatsPublic, r.seatsPrivate, targetCell(r.target?.total)],
    })),
  };
}

function regionPupilsTable(stats: PublicStatistics) {
  const cells = (p: PublicStatistics['pupils']): Cell[] => [p.pupils, p.withApplication, p.placed, p.completed];
  return {
    id: 'regions-eleves',
    caption: 'Élèves par région : inscrits, avec une candidature, placés, stage réalisé',
    head: ['Région', 'Élèves inscrits', 'Avec une candidature', 'Placés', 'Stage réalisé'],
    rows: stats.regions.map((r) => ({ key: r.code, cells: [r.name, ...cells(r.pupils)] })),
    total: ['France entière', ...cells(stats.pupils)],
  };
}
