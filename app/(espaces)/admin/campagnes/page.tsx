import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { AdminPage } from '@/components/admin/admin-page';
import { ActionForm } from '@/components/forms/action-form';
import { openCampaignAction } from '@/lib/admin/campaign-actions';
import { listCampaignSummaries } from '@/lib/admin/campaign-queries';
import { campaignPath, openableSchoolYears, whyNotOpenable } from '@/lib/admin/campaign-rules';
import { requireRole } from '@/lib/auth/session';
import { formatDay } from '@/lib/calendar/format';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';

export const metadata: Metadata = { title: 'Campagnes et objectifs – Administration' };

export default async function CampaignsPage() {
  const admin = await requireRole('admin');
  const campaigns = await listCampaignSummaries(admin);
  const today = todayInParis();
  const latest = campaigns[0]?.schoolYear ?? null;
  const next = openableSchoolYears(latest, today)[0];
  // The campaign whose targets the next one will copy (openCampaign): the latest that has any.
  const source = next
    ? campaigns.find((c) => c.schoolYear < next && c.territoryTargets + c.ministryTargets > 0)
    : undefined;

  return (
    <AdminPage
      title="Campagnes et objectifs"
      lead="Une campagne par année scolaire, du 1er septembre au 31 mai. Les indicateurs du pilotage se lisent campagne par campagne, face à ses objectifs."
    >
      <Table
        caption="Campagnes, de la plus récente à la plus ancienne"
        headers={['Campagne', 'Période', 'Objectifs par territoire', 'Objectifs par ministère', 'Objectifs']}
        data={campaigns.map((campaign) => [
          <Link key="campagne" href={campaignPath(campaign.schoolYear)}>
            {campaign.label}
          </Link>,
          `du ${formatDay(campaign.startsOn)} au ${formatDay(campaign.endsOn)}`,
          String(campaign.territoryTargets),
          String(campaign.ministryTargets),
          campaign.readOnly ? 'Annexes 1 et 2 de la circulaire, en lecture seule' : 'Modifiables',
        ])}
      />

      <h2 className={fr.cx('fr-h4', 'fr-mt-6w')}>
        {next ? `Ouvrir la campagne ${schoolYearLabel(next)}` : 'Ouvrir une campagne'}
      </h2>
      {next ? (
        <>
          <p>
            {source
              ? `Elle reprend les objectifs de la campagne ${source.label} (${source.territoryTargets} par territoire, ${source.ministryTargets} par ministère), que vous pourrez ensuite modifier territoire par territoire et ministère par ministère.`
              : 'Aucune campagne n’a encore d’objectifs à reprendre : elle s’ouvrira sans objectifs.'}{' '}
            Les objectifs de 2019-2020 restent ceux publiés par la circulaire.
          </p>
          <ActionForm
            action={openCampaignAction}
            hidden={{ schoolYear: String(next) }}
            confirmLabel={`Je confirme l’ouverture de la campagne ${schoolYearLabel(next)} (elle ne peut pas être supprimée ensuite)`}
            submitLabel={`Ouvrir la campagne ${schoolYearLabel(next)}`}
          />
        </>
      ) : (
        <p>{whyNotOpenable((latest ?? 0) + 1, [], today)}</p>
      )}
    </AdminPage>
  );
}
