import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { AdminPage } from '@/components/admin/admin-page';
import { formatCount, TargetRow, TargetsTable, territoryFields } from '@/components/admin/campaign-targets';
import { DoneNotice } from '@/components/forms/done-notice';
import { updateMinistryTargetAction, updateTerritoryTargetAction } from '@/lib/admin/campaign-actions';
import { findCampaignTargets, type Figures } from '@/lib/admin/campaign-queries';
import { parseCampaignSegment, PUBLISHED_READ_ONLY } from '@/lib/admin/campaign-rules';
import { requireRole } from '@/lib/auth/session';
import { formatDay } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Objectifs d’une campagne – Administration' };

const figuresText = (f: Figures) =>
  `${formatCount(f.total)} (public ${formatCount(f.public)}, privé ${formatCount(f.private)})`;

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ annee: string }>;
  searchParams: Promise<{ fait?: string }>;
}) {
  const admin = await requireRole('admin');
  const schoolYear = parseCampaignSegment((await params).annee);
  const found = schoolYear === null ? null : await findCampaignTargets(admin, schoolYear);
  if (!found) notFound();
  const { campaign, national, regions, ministries } = found;
  const editable = !campaign.readOnly;
  const territoryEdit = (level: 'national' | 'region' | 'department', territoryCode: string | null) =>
    editable
      ? {
          action: updateTerritoryTargetAction,
          hidden: { campaignId: campaign.id, level, territoryCode: territoryCode ?? '' },
        }
      : undefined;
  const columns = ['Total', 'Public', 'Privé'];

  return (
    <AdminPage
      title={`Campagne ${campaign.label}`}
      trail={[{ label: 'Campagnes et objectifs', href: '/admin/campagnes' }]}
      lead={`Du ${formatDay(campaign.startsOn)} au ${formatDay(campaign.endsOn)}.`}
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          ouverte: {
            title: 'La campagne est ouverte',
            description:
              'Ses objectifs reprennent ceux de la campagne précédente. Modifiez ici ceux qui changent, ligne par ligne.',
          },
        }}
      />
      {editable ? (
        <p>
          Nombre de stages à proposer, en nombres entiers. Le total d’un territoire doit être égal à la somme des stages
          publics et privés. Une région garde son propre objectif : la somme de ses départements est indiquée à côté,
          les objectifs étant fongibles dans la région. Chaque modification est enregistrée dans le journal.
        </p>
      ) : (
        <Alert severity="info" small description={PUBLISHED_READ_ONLY} className={fr.cx('fr-mb-4w')} />
      )}

      {!national && regions.length === 0 && ministries.length === 0 && (
        <p>Cette campagne n’a aucun objectif : elle a été créée sans reprendre ceux d’une campagne précédente.</p>
      )}

      {national && (
        <>
          <h2 className={fr.cx('fr-h4')}>Objectif national</h2>
          <TargetsTable caption={`Objectif national, campagne ${campaign.label}`} columns={columns} editable={editable}>
            <TargetRow
              rowHeader="France entière"
              name="France entière"
              fields={territoryFields(national)}
              edit={territoryEdit('national', null)}
            />
          </TargetsTable>
        </>
      )}

      {regions.length > 0 && (
        <>
          <h2 className={fr.cx('fr-h4', 'fr-mt-6w')}>Par région et département (annexe 1)</h2>
          <nav aria-label="Aller à une région">
            <ul className={fr.cx('fr-tags-group')}>
              {regions.map((region) => (
                <li key={region.code}>
                  <a className={fr.cx('fr-tag')} href={`#region-${region.code}`}>
                    {region.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {regions.map((region) => (
            <div key={region.code}>
              <h3 id={`region-${region.code}`} className={fr.cx('fr-h5', 'fr-mt-4w')}>
                {region.name}
              </h3>
              <TargetsTable
                caption={`Objectifs de la région ${region.name} et de ses départements, campagne ${campaign.label}`}
                columns={columns}
                editable={editable}
              >
                {region.target && (
                  <TargetRow
                    rowHeader={`Région ${region.name}`}
                    name={`région ${region.name}`}
                    fields={territoryFields(region.target)}
                    edit={territoryEdit('region', region.code)}
                  />
                )}
                {region.departments.map((department) => {
                  const name = `${department.name} (${department.code})`;
                  return (
                    <TargetRow
                      key={department.code}
                      rowHeader={name}
                      name={name}
                      fields={territoryFields(department)}
                      edit={territoryEdit('department', department.code)}
                    />
                  );
                })}
              </TargetsTable>
              {region.departments.length > 0 && (
                <p className={fr.cx('fr-text--sm')}>
                  Somme des départements : {figuresText(region.departmentsSum)}
                  {region.target && region.target.total !== region.departmentsSum.total
                    ? ` ; objectif de la région : ${figuresText(region.target)}.`
                    : '.'}
                </p>
              )}
            </div>
          ))}
        </>
      )}

      {ministries.length > 0 && (
        <>
          <h2 className={fr.cx('fr-h4', 'fr-mt-6w')}>Par ministère (annexe 2)</h2>
          <p>Stages dans le secteur public proposés par l’administration centrale de chaque ministère.</p>
          <TargetsTable
            caption={`Objectifs des administrations centrales, campagne ${campaign.label}`}
            firstColumn="Ministère"
            columns={['Stages publics']}
            editable={editable}
          >
            {ministries.map((ministry) => (
              <TargetRow
                key={ministry.ministryId}
                rowHeader={ministry.name}
                name={ministry.name}
                fields={[{ name: 'public', label: 'Stages publics', value: ministry.public }]}
                edit={
                  editable
                    ? {
                        action: updateMinistryTargetAction,
                        hidden: { campaignId: campaign.id, ministryId: ministry.ministryId },
                      }
                    : undefined
                }
              />
            ))}
          </TargetsTable>
        </>
      )}
    </AdminPage>
  );
}
