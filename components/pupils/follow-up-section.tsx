import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { KeyFigures } from '@/components/ui/key-figures';
import type { ClassFigures, FollowUpPage } from '@/lib/pupils/follow-up-queries';
import {
  FOLLOW_UP_EXPORT_PATH,
  followUpHref,
  type FollowUpFigures,
  type FollowUpParams,
} from '@/lib/pupils/follow-up-schemas';
import { FollowUpFilterForm, FollowUpTable } from './follow-up-table';

/** "1 élève placé", "3 élèves placés": the label of a key figure, its value shown apart. */
const label = (count: number, one: string, many: string) => (count > 1 ? many : one);

/** The four headline figures of the list: pupils, authorisations, pupils who applied, pupils placed. */
export function FollowUpKeyFigures({ figures }: { figures: FollowUpFigures }) {
  return (
    <KeyFigures
      figures={[
        { value: figures.pupils, label: label(figures.pupils, 'élève inscrit', 'élèves inscrits') },
        {
          value: figures.authorised,
          label: label(figures.authorised, 'autorisation parentale reçue', 'autorisations parentales reçues'),
        },
        {
          value: figures.withApplication,
          label: label(figures.withApplication, 'élève a candidaté', 'élèves ont candidaté'),
        },
        {
          value: figures.placed,
          label: label(figures.placed, 'élève a un stage confirmé', 'élèves ont un stage confirmé'),
        },
      ]}
    />
  );
}

/** The same figures class by class, with their total, each class leading to its page. */
export function ClassFiguresTable({ classes, total }: { classes: ClassFigures[]; total: FollowUpFigures }) {
  const cells = (figures: FollowUpFigures) => [
    figures.pupils,
    figures.authorised,
    figures.withApplication,
    figures.placed,
  ];
  return (
    <Table
      caption="Chiffres par classe"
      headers={['Classe', 'Élèves', 'Autorisations parentales', 'Avec une candidature', 'Stage confirmé']}
      data={[
        ...classes.map((row) => [
          <Link key="classe" href={`/etablissement/classes/${row.classId}`}>
            {row.className}
          </Link>,
          ...cells(row),
        ]),
        [<strong key="total">Total</strong>, ...cells(total).map((value, i) => <strong key={i}>{value}</strong>)],
      ]}
    />
  );
}

/**
 * The follow-up list under its figures: filters, CSV link and table, or what to do when the filters
 * leave no pupil. The page shows its own message when there is no pupil at all.
 */
export function FollowUpList({
  path,
  params,
  classId,
  result,
  classes,
}: {
  path: string;
  /** The URL's params; on a class's page its class is implied, not in them. */
  params: FollowUpParams;
  /** The class of a class's page, for the CSV link. */
  classId?: string;
  result: FollowUpPage;
  /** The class filter's choices; none on a class's page. */
  classes: { id: string; name: string }[];
}) {
  return (
    <>
      <FollowUpFilterForm path={path} params={params} classes={classes} />
      <p>
        {/* A plain link: the file is a download, there is no page to prefetch. */}
        <a
          className={fr.cx('fr-btn', 'fr-btn--tertiary', 'fr-icon-download-line', 'fr-btn--icon-left')}
          href={followUpHref(FOLLOW_UP_EXPORT_PATH, { ...params, classId: classId ?? params.classId })}
        >
          Télécharger la liste (CSV)
        </a>
      </p>
      {result.total > 0 ? (
        <FollowUpTable
          path={path}
          params={params}
          rows={result.rows}
          total={result.total}
          page={result.page}
          pageCount={result.pageCount}
          showClass={classes.length > 1}
        />
      ) : (
        <p className={fr.cx('fr-mt-4w')}>
          Aucun élève ne correspond à ces filtres. Choisissez un autre état
          {classes.length > 0 ? ' ou une autre classe' : ''}, ou{' '}
          <Link href={followUpHref(path, params, { classId: '', state: '' })}>affichez tous les élèves</Link>.
        </p>
      )}
    </>
  );
}
