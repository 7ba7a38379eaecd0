import type { Metadata } from 'next';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { InboxFilterForm, InboxTable } from '@/components/applications/inbox-table';
import { PageContainer } from '@/components/layout/page-container';
import { listInbox } from '@/lib/applications/inbox-queries';
import { parseInboxParams } from '@/lib/applications/inbox-schemas';
import { requireRole } from '@/lib/auth/session';
import { plural } from '@/lib/text/words';

export const metadata: Metadata = { title: 'Candidatures' };

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole('host', 'operator');
  const params = parseInboxParams(await searchParams);
  const inbox = await listInbox(user, params);
  if (!inbox)
    return (
      <PageContainer title="Candidatures" breadcrumb="Candidatures">
        <Alert
          severity="info"
          as="h2"
          title="Votre compte n’est pas encore rattaché à une structure"
          description="L’équipe du service vérifie votre rattachement. Vous recevrez ensuite les candidatures des élèves à vos offres."
        />
      </PageContainer>
    );
  const lead =
    inbox.unread > 0
      ? `${plural(inbox.unread, 'nouvelle candidature')} à lire. Répondez dans les 15 jours : sans réponse, la candidature expire et l’élève cherche ailleurs.`
      : 'Les candidatures des élèves à vos offres. Répondez dans les 15 jours : sans réponse, la candidature expire.';
  return (
    <PageContainer title="Candidatures" lead={lead} breadcrumb="Candidatures">
      <InboxFilterForm params={params} weeks={inbox.weeks} />
      {inbox.total === 0 ? (
        <p>
          {params.status || params.week
            ? 'Aucune candidature ne correspond à ces filtres. Choisissez « Toutes » pour voir les candidatures closes.'
            : 'Aucune candidature à traiter pour l’instant. Un courriel vous prévient de chaque nouvelle candidature.'}
        </p>
      ) : (
        <InboxTable rows={inbox.rows} params={params} total={inbox.total} pageCount={inbox.pageCount} />
      )}
    </PageContainer>
  );
}
