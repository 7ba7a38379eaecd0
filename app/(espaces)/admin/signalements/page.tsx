import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { AdminPage } from '@/components/admin/admin-page';
import { ActionForm } from '@/components/forms/action-form';
import { DoneNotice } from '@/components/forms/done-notice';
import { ReportsList } from '@/components/offers/reports-list';
import { requireRole } from '@/lib/auth/session';
import { parsePage } from '@/lib/pagination';
import { canTransition } from '@/lib/offers/lifecycle-rules';
import { dismissReportAction } from '@/lib/offers/moderation-actions';
import { listOfferReports, type ReportRow } from '@/lib/offers/report-queries';

export const metadata: Metadata = { title: 'Signalements d’offres – Administration' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every report of an offer: unpublish the offer with a reason (on its page) or dismiss the report. */
export default async function OfferReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole('admin');
  const params = await searchParams;
  const page = parsePage(params.page);
  const handled = params.statut === 'traites';
  const { rows, total } = await listOfferReports(user, { handled, page });

  return (
    <AdminPage
      title="Signalements d’offres"
      lead="Les personnes inscrites signalent les offres qui leur semblent fausses, trompeuses ou dangereuses. Dépubliez l’offre avec un motif que sa structure lira, ou classez le signalement sans suite."
    >
      <DoneNotice
        searchParams={params}
        messages={{ classe: 'Le signalement est classé sans suite : l’offre reste telle quelle.' }}
      />
      <ReportsList
        path="/admin/signalements"
        rows={rows}
        total={total}
        page={page}
        handled={handled}
        actions={(row) => <ReportActions row={row} />}
      />
    </AdminPage>
  );
}

function ReportActions({ row }: { row: ReportRow }) {
  const named = <span className={fr.cx('fr-sr-only')}> : {row.offer.title}</span>;
  return (
    <div>
      {canTransition({ status: row.offer.status, moderated: row.offer.moderated }, 'moderate') && (
        <p className={fr.cx('fr-mb-1w')}>
          <Link href={`/offres/${row.offer.id}#moderation`}>Dépublier avec un motif{named}</Link>
        </p>
      )}
      <ActionForm
        action={dismissReportAction}
        hidden={{ reportId: row.id }}
        submitLabel={<>Classer sans suite{named}</>}
        priority="tertiary"
      />
    </div>
  );
}
