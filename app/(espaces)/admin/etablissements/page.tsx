import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { SearchForm } from '@/components/forms/search-form';
import { AdminPage } from '@/components/admin/admin-page';
import { parseListParams } from '@/lib/admin/schemas';
import { requireRole } from '@/lib/auth/session';
import { searchSchools } from '@/lib/schools/queries';
import { SCHOOL_NETWORK_LABELS } from '@/lib/schools/labels';

export const metadata: Metadata = { title: 'Établissements et dérogations – Administration' };

/** How many schools one search shows: enough for a commune, narrow the search beyond that. */
const RESULTS = 50;

export default async function AdminSchoolsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('admin');
  const { q } = parseListParams(await searchParams);
  const results = await searchSchools(q, { limit: RESULTS });

  return (
    <AdminPage
      title="Établissements et dérogations"
      lead="Un collège hors REP+ et REP peut accéder au service s’il accueille des élèves des quartiers prioritaires, avec l’accord de la préfecture et des services académiques. Enregistrez ici cet accord."
    >
      <p>
        <Link href="/admin/etablissements/demandes">Demandes des chefs d’établissement</Link> : les chefs qui n’ont pas
        accès à l’adresse fonctionnelle de leur collège.
      </p>
      <SearchForm action="/admin/etablissements" label="Nom du collège, commune ou UAI" query={q} />
      {q.length < 2 ? (
        <p>
          Cherchez un collège par son nom, sa commune ou son numéro UAI pour voir son classement et gérer sa dérogation.
        </p>
      ) : results.length === 0 ? (
        <p>Aucun collège ne correspond à « {q} ». Vérifiez l’orthographe ou cherchez par numéro UAI.</p>
      ) : (
        <Table
          caption={
            results.length === RESULTS
              ? `Les ${RESULTS} premiers résultats pour « ${q} » : précisez la recherche`
              : `${results.length} résultat${results.length > 1 ? 's' : ''} pour « ${q} »`
          }
          headers={['Collège', 'UAI', 'Commune', 'Classement', 'Inscrit', 'Chef et dérogation']}
          data={results.map((school) => [
            school.name,
            school.uai,
            `${school.postcode ?? ''} ${school.commune}`.trim(),
            <Badge key="reseau" small noIcon severity={school.eligible ? 'success' : undefined}>
              {SCHOOL_NETWORK_LABELS[school.network]}
              {school.network === 'derogation' && !school.eligible ? ' (à enregistrer)' : ''}
            </Badge>,
            school.registered ? 'Oui' : 'Non',
            <Link key="gerer" href={`/admin/etablissements/${school.id}`}>
              Gérer<span className={fr.cx('fr-sr-only')}> le {school.name} (chef d’établissement, dérogation)</span>
            </Link>,
          ])}
        />
      )}
    </AdminPage>
  );
}
