import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { AgreementFilters } from '@/components/agreements/agreement-filters';
import { AgreementsTable } from '@/components/agreements/agreements-table';
import { PageContainer } from '@/components/layout/page-container';
import { listAgreements, listAgreementWeeks, parseAgreementListParams } from '@/lib/agreements/list-queries';
import { requireRole } from '@/lib/auth/session';
import { roleSpaces } from '@/lib/auth/types';

export const metadata: Metadata = { title: 'Conventions' };

const PATH = '/entreprise/conventions';
const TITLE = 'Conventions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The conventions of the internships the host (or its operator) offers: state and week. */
export default async function HostAgreementsPage({ searchParams }: Props) {
  const user = await requireRole('host', 'operator');
  // The host reads pupils' names only on its own conventions: no search on them.
  const filters = { ...parseAgreementListParams(await searchParams), q: '' };
  const attached = !!(user.organisationId || user.operatorId);
  const [rows, weeks] = await Promise.all([listAgreements(user, filters), listAgreementWeeks(user)]);
  return (
    <PageContainer
      title={TITLE}
      lead="Les conventions de stage des élèves que vous accueillez : complétez votre partie, puis signez."
      breadcrumb={TITLE}
      parents={[{ label: roleSpaces[user.role].label, href: '/entreprise' }]}
    >
      {!attached ? (
        <Alert
          role={undefined}
          severity="info"
          as="h2"
          title="Votre compte n’est pas encore rattaché à une structure"
          description="L’équipe du service vérifie votre rattachement. Vous retrouverez ensuite ici les conventions de vos stagiaires."
        />
      ) : weeks.length === 0 ? (
        <CallOut title="Aucune convention pour le moment" titleAs="h2" iconId="fr-icon-draft-line">
          Une convention apparaît ici dès qu’un élève confirme le stage que vous avez accepté. Elle est préremplie avec
          votre offre : vous complétez votre partie (signataire, tuteur, horaires, déjeuner, assurance), le collège la
          sienne, puis chacun signe.
        </CallOut>
      ) : (
        <>
          <AgreementFilters path={PATH} filters={filters} weeks={weeks} withName={false} />
          {rows.length > 0 ? (
            <AgreementsTable path={PATH} rows={rows} side="host" />
          ) : (
            <p>
              Aucune convention ne correspond à ces filtres. <Link href={PATH}>Afficher toutes les conventions</Link>
            </p>
          )}
        </>
      )}
    </PageContainer>
  );
}
