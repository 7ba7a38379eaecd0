import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { SchoolTermsForm } from '@/components/agreements/school-terms-form';
import { DoneNotice } from '@/components/forms/done-notice';
import { PageContainer } from '@/components/layout/page-container';
import { canWriteSchoolTerms } from '@/lib/agreements/policy';
import { getSchoolTerms } from '@/lib/agreements/queries';
import { requireRole } from '@/lib/auth/session';
import { formatDate } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Conditions générales du collège' };

const TITLE = 'Conditions générales du collège';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The school's standard terms, the last article of every convention: written and updated by the
 * head, read by the rest of the team. A convention copies them when its school part is saved, so an
 * update never changes a text already completed or signed.
 */
export default async function SchoolTermsPage({ searchParams }: Props) {
  const user = await requireRole('school_staff');
  const terms = await getSchoolTerms(user);
  const canWrite = !!user.schoolId && canWriteSchoolTerms(user, user.schoolId);
  return (
    <PageContainer
      title={TITLE}
      breadcrumb={TITLE}
      parents={[
        { label: 'Mon établissement', href: '/etablissement' },
        { label: 'Conventions', href: '/etablissement/conventions' },
      ]}
      narrow
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          conditions:
            'Conditions générales enregistrées. Elles seront recopiées dans chaque convention dont la partie du collège sera enregistrée.',
        }}
      />
      <p>
        Elles forment le dernier article de chaque convention de stage du collège. Les conventions déjà complétées
        gardent le texte qu’elles ont recopié ; pour reprendre le nouveau, enregistrez à nouveau la partie du collège
        d’une convention (ses signatures seront alors annulées).
      </p>
      {terms && <p className={fr.cx('fr-text--sm')}>Dernière mise à jour le {formatDate(terms.updatedAt)}.</p>}
      {canWrite ? (
        <SchoolTermsForm text={terms?.text ?? ''} />
      ) : terms ? (
        <div className={fr.cx('fr-p-3w')} style={{ border: '1px solid var(--border-default-grey)' }}>
          {terms.text.split(/\r?\n\s*\r?\n/).map((paragraph, i) => (
            <p key={i} style={{ whiteSpace: 'pre-line' }}>
              {paragraph}
            </p>
          ))}
        </div>
      ) : (
        <Alert
          role={undefined}
          severity="info"
          as="h2"
          title="Pas encore de conditions générales"
          description="Le chef d’établissement les écrit ; elles seront ensuite recopiées dans chaque convention."
        />
      )}
    </PageContainer>
  );
}
