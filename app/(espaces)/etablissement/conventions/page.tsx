import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { AgreementFilters } from '@/components/agreements/agreement-filters';
import { AgreementsTable } from '@/components/agreements/agreements-table';
import { PageContainer } from '@/components/layout/page-container';
import { listAgreements, listAgreementWeeks, parseAgreementListParams } from '@/lib/agreements/list-queries';
import { requireRole } from '@/lib/auth/session';
import { isStaffOf } from '@/lib/staff/policy';

export const metadata: Metadata = { title: 'Conventions' };

const PATH = '/etablissement/conventions';
const TITLE = 'Conventions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The conventions of the pupils the staff member follows (the whole school for the head and
 * school-wide staff, their classes for a main teacher): state, week, and the pupil's name.
 */
export default async function SchoolAgreementsPage({ searchParams }: Props) {
  const user = await requireRole('school_staff');
  const filters = parseAgreementListParams(await searchParams);
  const member = !!user.schoolId && isStaffOf(user, user.schoolId);
  const [rows, weeks] = member
    ? await Promise.all([listAgreements(user, filters), listAgreementWeeks(user)])
    : [[], []];
  const filtered = !!(filters.state || filters.week || filters.q);
  return (
    <PageContainer
      title={TITLE}
      lead="Les conventions de stage de vos élèves : ce qui reste à compléter et qui doit encore signer."
      breadcrumb={TITLE}
      parents={[{ label: 'Mon établissement', href: '/etablissement' }]}
    >
      {!member ? (
        <Alert
          role={undefined}
          severity="info"
          as="h2"
          title="Votre accès au collège n’est pas encore actif"
          description="Le chef d’établissement valide votre demande ; vous verrez ensuite les conventions des élèves que vous suivez."
        />
      ) : (
        <>
          <p>
            <Link
              href={`${PATH}/conditions`}
              className={fr.cx('fr-link', 'fr-icon-file-text-line', 'fr-link--icon-left')}
            >
              Conditions générales du collège
            </Link>
          </p>
          <p>
            <Link href={`${PATH}/signature`} className={fr.cx('fr-link', 'fr-icon-edit-line', 'fr-link--icon-left')}>
              Signer plusieurs conventions à la fois
            </Link>
          </p>
          {weeks.length === 0 ? (
            <CallOut title="Aucune convention pour le moment" titleAs="h2" iconId="fr-icon-draft-line">
              Une convention apparaît ici dès qu’un élève confirme un stage : elle est préremplie avec l’offre, le
              collège et l’élève. La structure d’accueil et le collège complètent ensuite chacun leur partie, puis tout
              le monde signe.
            </CallOut>
          ) : (
            <>
              <AgreementFilters path={PATH} filters={filters} weeks={weeks} withName />
              {rows.length > 0 ? (
                <AgreementsTable path={PATH} rows={rows} side="school" />
              ) : (
                <p>
                  Aucune convention ne correspond à ces filtres.{' '}
                  {filtered && <Link href={PATH}>Afficher toutes les conventions</Link>}
                </p>
              )}
            </>
          )}
        </>
      )}
    </PageContainer>
  );
}
