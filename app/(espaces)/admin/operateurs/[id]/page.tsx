import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { SearchForm } from '@/components/forms/search-form';
import { ActionForm } from '@/components/forms/action-form';
import { AdminPage } from '@/components/admin/admin-page';
import { DoneNotice } from '@/components/forms/done-notice';
import { SingleFieldForm } from '@/components/admin/single-field-form';
import { CreateTokenForm } from '@/components/api/create-token-form';
import { TokenList } from '@/components/api/token-list';
import {
  attachHostAction,
  detachHostAction,
  inviteOperatorMemberAction,
  setOperatorApiAccessAction,
} from '@/lib/admin/operator-actions';
import { listApiTokens } from '@/lib/api/token-queries';
import { findOperatorForAdmin, searchOrganisationsToAttach } from '@/lib/admin/operator-queries';
import { parseListParams } from '@/lib/admin/schemas';
import { requireRole } from '@/lib/auth/session';
import { ORGANISATION_KIND_LABELS } from '@/lib/hosts/labels';
import { formatDate } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Association partenaire – Administration' };

export default async function OperatorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireRole('admin');
  const { id } = await params;
  const query = await searchParams;
  const detail = await findOperatorForAdmin(admin, id);
  if (!detail) notFound();
  const { q } = parseListParams(query);
  const [candidates, tokens] = await Promise.all([searchOrganisationsToAttach(admin, id, q), listApiTokens(admin, id)]);
  const { operator, members, pending, hosts } = detail;

  return (
    <AdminPage
      title={operator.name}
      lead={`Association partenaire depuis le ${formatDate(operator.createdAt, 'short')}.`}
      trail={[{ label: 'Associations partenaires', href: '/admin/operateurs' }]}
    >
      <DoneNotice
        searchParams={query}
        messages={{
          cree: 'L’association est créée. Invitez maintenant ses membres.',
          rattachee: 'La structure est rattachée : l’association peut publier ses offres.',
          detachee: 'La structure n’est plus rattachée à l’association.',
          'api-complet':
            'L’association a désormais l’accès complet à l’API : elle cherche parmi toutes les offres publiées.',
          'api-restreint': 'L’accès complet à l’API est retiré : l’association ne lit plus que ses propres offres.',
          'jeton-revoque': 'Le jeton est révoqué : les appels qui l’utilisent sont refusés.',
        }}
      />
      <section aria-labelledby="membres">
        <h2 id="membres" className={fr.cx('fr-h4')}>
          Membres
        </h2>
        {members.length === 0 ? (
          <p>Aucun membre n’a encore ouvert son compte.</p>
        ) : (
          <ul>
            {members.map((member) => (
              <li key={member.id}>
                {member.firstName} {member.lastName} ({member.email})
                {member.status === 'disabled' ? ' — compte désactivé' : ''}
              </li>
            ))}
          </ul>
        )}
        {pending.length > 0 && (
          <>
            <h3 className={fr.cx('fr-h6')}>Invitations en attente</h3>
            <ul>
              {pending.map((invitation) => (
                <li key={invitation.id}>
                  {invitation.email}, valable jusqu’au {formatDate(invitation.expiresAt, 'short')}
                </li>
              ))}
            </ul>
          </>
        )}
        <SingleFieldForm
          action={inviteOperatorMemberAction}
          hidden={{ operatorId: operator.id }}
          name="email"
          type="email"
          autoComplete="off"
          label="Inviter un membre par courriel"
          hint="La personne reçoit un lien, valable 7 jours, pour choisir son mot de passe."
          submitLabel="Envoyer l’invitation"
          successTitle="Invitation envoyée"
        />
      </section>

      <section aria-labelledby="structures" className={fr.cx('fr-mt-6w')}>
        <h2 id="structures" className={fr.cx('fr-h4')}>
          Structures accompagnées
        </h2>
        {hosts.length === 0 ? (
          <p>Aucune structure rattachée : cherchez-en une ci-dessous.</p>
        ) : (
          <Table
            caption="Structures accompagnées"
            headers={['Structure', 'Type', 'Commune', 'Action']}
            data={hosts.map((host) => [
              host.name,
              ORGANISATION_KIND_LABELS[host.kind],
              host.commune ?? '—',
              <ActionForm
                key="detacher"
                action={detachHostAction}
                hidden={{ operatorId: operator.id, organisationId: host.id }}
                priority="tertiary"
                submitLabel={
                  <>
                    Détacher<span className={fr.cx('fr-sr-only')}> {host.name}</span>
                  </>
                }
              />,
            ])}
          />
        )}
        <h3 className={fr.cx('fr-h6', 'fr-mt-4w')}>Rattacher une structure</h3>
        <SearchForm
          action={`/admin/operateurs/${operator.id}`}
          label="Nom de la structure"
          query={q}
          className={fr.cx('fr-mb-3w')}
        />
        {q.length >= 2 &&
          (candidates.length === 0 ? (
            <p>Aucune autre structure ne correspond à « {q} ».</p>
          ) : (
            <ul className={fr.cx('fr-raw-list')}>
              {candidates.map((candidate) => (
                <li
                  key={candidate.id}
                  className={fr.cx('fr-py-1w')}
                  style={{ borderBottom: '1px solid var(--border-default-grey)' }}
                >
                  <p className={fr.cx('fr-mb-1w')}>
                    <strong>{candidate.name}</strong> · {ORGANISATION_KIND_LABELS[candidate.kind]}
                    {candidate.commune ? ` · ${candidate.commune}` : ''}
                  </p>
                  <ActionForm
                    action={attachHostAction}
                    hidden={{ operatorId: operator.id, organisationId: candidate.id }}
                    priority="secondary"
                    submitLabel={
                      <>
                        Rattacher<span className={fr.cx('fr-sr-only')}> {candidate.name}</span>
                      </>
                    }
                  />
                </li>
              ))}
            </ul>
          ))}
      </section>

      <section aria-labelledby="api" className={fr.cx('fr-mt-6w')}>
        <h2 id="api" className={fr.cx('fr-h4')}>
          API partenaire
        </h2>
        <p>
          Accès complet à l’API : <strong>{operator.apiFullAccess ? 'accordé' : 'non accordé'}</strong>.{' '}
          {operator.apiFullAccess
            ? 'L’association cherche parmi toutes les offres publiées, en plus de gérer les siennes.'
            : 'L’association gère ses propres offres ; la recherche parmi toutes les offres publiées lui est fermée.'}
        </p>
        <ActionForm
          action={setOperatorApiAccessAction}
          hidden={{ operatorId: operator.id, fullAccess: String(!operator.apiFullAccess) }}
          priority="secondary"
          submitLabel={operator.apiFullAccess ? 'Retirer l’accès complet à l’API' : 'Accorder l’accès complet à l’API'}
        />
        <h3 className={fr.cx('fr-h6', 'fr-mt-4w')}>Jetons d’API</h3>
        <TokenList tokens={tokens ?? []} headingLevel="h4" />
        <h3 className={fr.cx('fr-h6', 'fr-mt-4w')}>Créer un jeton</h3>
        <CreateTokenForm operatorId={operator.id} alertHeading="h4" />
      </section>
    </AdminPage>
  );
}
