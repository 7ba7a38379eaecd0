import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { KeyFigures } from '@/components/ui/key-figures';
import { formatDay } from '@/lib/calendar/format';
import type { Dashboard } from '@/lib/steering/dashboard-queries';
import { mapAreas } from '@/lib/steering/map-areas';
import { childLevel, type SectorGenderTable, type TargetTriple } from '@/lib/steering/rules';
import { NO_TARGET, placeName, type SteeringTable, type TableId } from '@/lib/steering/table-cells';
import { dashboardTables } from '@/lib/steering/tables';
import { exportHref, viewHref } from '@/lib/steering/urls';
import { AreaMap } from './area-map';
import { BarFigure, type BarDatum } from './bar-figure';
import { FigureTable } from './figure-table';

/*
 * The sections of a dashboard: each chart (BarFigure, an image with a summary) is followed by the
 * table of its figures (FigureTable), downloadable as CSV; the per-area and per-group figures are
 * tables only, the per-area ones on a map too (AreaMap). Sections without figures for the view's
 * level (a school has no offers nor map, a ministry no pupils) are left out.
 */

const NUMBER = new Intl.NumberFormat('fr-FR');
const n = (value: number) => NUMBER.format(value);

// DSFR colours (blue France, green emerald, grey, red Marianne, yellow tournesol), contrasted on white.
const BLUE = '#000091';
const GREEN = '#18753c';
const GREY = '#666666';
const RED = '#ce0500';
const PURPLE = '#6e445a';
const ORANGE = '#b34000';

const targetText = (value: number | null | undefined) => (value ? n(value) : NO_TARGET);

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={fr.cx('fr-mt-6w')}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const CHILD_WORDS = { region: 'région', department: 'département', school: 'collège', class: 'classe' } as const;

export function SteeringDashboard({
  dashboard,
  drillable,
  tileUrl,
}: {
  dashboard: Dashboard;
  drillable: boolean;
  /** The map's background tiles ('' for none). */
  tileUrl: string;
}) {
  const { view, query, offers, applications, areas, weeks, groups, positions } = dashboard;
  const tables = new Map<TableId, SteeringTable>(dashboardTables(dashboard, drillable).map((t) => [t.id, t]));
  const table = (id: TableId) => {
    const found = tables.get(id);
    return (
      found && (
        <FigureTable table={found} href={(link) => viewHref(link, query)} downloadHref={exportHref(view, query, id)} />
      )
    );
  };

  const keyFigures = [
    ...(offers
      ? [
          { value: offers.offers.total.offers, label: 'offres déposées' },
          { value: offers.offers.total.seatsOffered, label: 'places offertes' },
        ]
      : []),
    ...(areas ? [{ value: areas.total.pupils, label: 'élèves inscrits' }] : []),
    { value: applications.applications.total.total, label: 'candidatures' },
    { value: applications.confirmed.total.total, label: 'stages confirmés' },
    { value: applications.completed.total.total, label: 'stages réalisés' },
  ];

  return (
    <>
      <KeyFigures figures={keyFigures} />
      {offers && <OffersSection dashboard={dashboard} table={table} />}

      <Section id="candidatures" title="Candidatures et stages par secteur et par genre">
        <p>
          Par secteur professionnel de l’offre et par genre déclaré de l’élève. Les candidatures comptent toutes celles
          envoyées ; un stage confirmé puis annulé n’est pas compté.
        </p>
        <GenderChart id="candidatures" title="Candidatures" counts={applications.applications} table={table} />
        <GenderChart id="stages-confirmes" title="Stages confirmés" counts={applications.confirmed} table={table} />
        <GenderChart id="stages-realises" title="Stages réalisés" counts={applications.completed} table={table} />
      </Section>

      {areas && (
        <Section id="zones" title="Élèves et places par territoire">
          <p>
            Élèves inscrits, autorisés par leurs responsables, avec une candidature, placés (stage confirmé) et ayant
            réalisé leur stage ; places offertes et pourvues là où les offres ont un lieu. Chaque nom mène à son tableau
            de bord.
          </p>
          {table('zones')}
        </Section>
      )}

      {areas && positions && areas.rows.length > 0 && (
        <Section id="carte" title="Carte du territoire">
          <p>
            Les mêmes chiffres par {CHILD_WORDS[childLevel(view.level)!]}, sur une carte et en liste :{' '}
            {view.level === 'department'
              ? 'chaque collège à son adresse.'
              : 'chaque territoire au centre de ses collèges (moyenne de leurs coordonnées).'}
          </p>
          <AreaMap
            areas={mapAreas(areas, positions, drillable ? (link) => viewHref(link, query) : null)}
            child={CHILD_WORDS[childLevel(view.level)!]}
            place={placeName(view)}
            tileUrl={tileUrl}
          />
        </Section>
      )}

      {weeks && (
        <Section id="semaines" title="Offre et demande par semaine de stage">
          <WeeksChart weeks={weeks} />
          {table('semaines')}
        </Section>
      )}

      {groups && (
        <Section id="groupes" title="Ministères et groupes PAQTE">
          <p>Les offres publiques par ministère, les offres privées par groupe d’entreprises du PAQTE.</p>
          {table('ministeres')}
          {table('groupes-paqte')}
        </Section>
      )}
    </>
  );
}

type TableOf = (id: TableId) => ReactNode;

function OffersSection({ dashboard, table }: { dashboard: Dashboard; table: TableOf }) {
  const offers = dashboard.offers!;
  const ministry = dashboard.view.level === 'ministry';
  const target: Partial<TargetTriple> = ministry ? { public: offers.ministryTarget?.target } : (offers.target ?? {});
  const split = offers.offers;
  const data: BarDatum[] = [
    { name: 'Publiques', seats: split.public.seatsOffered, target: target.public ?? 0 },
    { name: 'Privées', seats: split.private.seatsOffered, target: target.private ?? 0 },
    { name: 'Total', seats: split.total.seatsOffered, target: target.total ?? 0 },
  ];
  const summary =
    `Places offertes face à l’objectif : publiques ${n(split.public.seatsOffered)} (objectif ${targetText(target.public)}), ` +
    `privées ${n(split.private.seatsOffered)} (objectif ${targetText(target.private)}), ` +
    `total ${n(split.total.seatsOffered)} (objectif ${targetText(target.total)}).`;
  const children = offers.children;
  const childWord = dashboard.view.level === 'national' ? 'région' : 'département';
  return (
    <Section id="offres" title="Offres et places face aux objectifs">
      <p>
        Les places offertes par les offres publiées de la campagne, publiques et privées, face à l’objectif{' '}
        {ministry ? 'du ministère (annexe 2 de la circulaire)' : 'du territoire (annexe 1 de la circulaire)'}. L’écart
        est négatif quand il manque des places.
      </p>
      {!ministry && (offers.target || offers.childrenTargetSum) && (
        <p>
          {offers.target && <>Objectif du territoire : {targetText(offers.target.total)} stages. </>}
          {offers.childrenTargetSum && (
            <>
              Somme des objectifs de ses {childWord}s : {targetText(offers.childrenTargetSum.total)} stages (les
              objectifs sont fongibles au sein d’une région).
            </>
          )}
        </p>
      )}
      <BarFigure
        summary={summary}
        data={data}
        series={[
          { key: 'seats', name: 'Places offertes', colour: BLUE },
          { key: 'target', name: 'Objectif', colour: GREY },
        ]}
      />
      {table('offres')}
      {children.length > 0 && (
        <>
          <h3>Par {childWord}</h3>
          <BarFigure
            summary={`Places offertes et objectif par ${childWord} : ${children
              .map(
                (child) =>
                  `${child.name} ${n(child.offers.total.seatsOffered)} pour ${targetText(child.target?.total)}`,
              )
              .join(' ; ')}.`}
            horizontal
            data={children.map((child) => ({
              name: child.name,
              seats: child.offers.total.seatsOffered,
              target: child.target?.total ?? 0,
            }))}
            series={[
              { key: 'seats', name: 'Places offertes', colour: BLUE },
              { key: 'target', name: 'Objectif', colour: GREY },
            ]}
          />
          {table('territoires')}
        </>
      )}
    </Section>
  );
}

function GenderChart({
  id,
  title,
  counts,
  table,
}: {
  id: TableId;
  title: string;
  counts: SectorGenderTable;
  table: TableOf;
}) {
  const { total, bySector } = counts;
  const top = [...bySector].sort((a, b) => b.total - a.total)[0];
  const summary =
    `${title} par secteur et par genre : ${n(total.total)} au total, ${n(total.girl)} filles, ${n(total.boy)} garçons, ` +
    `${n(total.notStated)} genre non renseigné` +
    (top ? ` ; premier secteur : ${top.sectorName} (${n(top.total)}).` : '.');
  return (
    <>
      <h3 id={`titre-${id}`}>{title}</h3>
      {bySector.length === 0 ? (
        <p>Aucun{title === 'Candidatures' ? 'e candidature' : ' stage'} pour ces filtres.</p>
      ) : (
        <BarFigure
          summary={summary}
          stacked
          horizontal
          data={bySector.map((row) => ({
            name: row.sectorName,
            girl: row.girl,
            boy: row.boy,
            notStated: row.notStated,
          }))}
          series={[
            { key: 'girl', name: 'Filles', colour: PURPLE },
            { key: 'boy', name: 'Garçons', colour: BLUE },
            { key: 'notStated', name: 'Genre non renseigné', colour: GREY },
          ]}
        />
      )}
      {table(id)}
    </>
  );
}

function WeeksChart({ weeks }: { weeks: NonNullable<Dashboard['weeks']> }) {
  const missing = weeks.filter((week) => week.balance < 0);
  const unused = weeks.filter((week) => week.balance > 0);
  const list = (items: typeof weeks) =>
    items.length === 0 ? 'aucune' : items.map((week) => formatDay(week.week, 'short').slice(0, 5)).join(', ');
  const summary =
    `Places libres et élèves sans stage par semaine : places manquantes ${missing.length} semaine(s) (${list(missing)}) ; ` +
    `places inutilisées ${unused.length} semaine(s).`;
  return (
    <>
      <p>
        Pour chaque semaine de la période des stages : les places encore libres des offres publiées du territoire, face
        aux élèves des collèges inscrits dont la classe part en stage cette semaine-là et qui n’ont pas encore de place.
        Le solde est négatif quand des places manquent (en rouge sur le graphique), positif quand des places restent
        inutilisées.
      </p>
      <p>
        Semaines où des places manquent : <strong>{missing.length}</strong>. Semaines où des places restent inutilisées
        : <strong>{unused.length}</strong>.
      </p>
      <BarFigure
        summary={summary}
        data={weeks.map((week) => ({
          name: formatDay(week.week, 'short').slice(0, 5),
          seatsFree: week.seatsFree,
          pupilsWithoutPlacement: week.pupilsWithoutPlacement,
          highlight: week.balance < 0,
        }))}
        series={[
          { key: 'seatsFree', name: 'Places libres', colour: GREEN },
          { key: 'pupilsWithoutPlacement', name: 'Élèves sans stage', colour: ORANGE, highlightColour: RED },
        ]}
      />
    </>
  );
}
