import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { AtRiskAgreements } from '@/components/agreements/at-risk-list';
import { OrganisationFacts } from '@/components/hosts/organisation-summary';
import { PageContainer } from '@/components/layout/page-container';
import { NextSteps } from '@/components/spaces/next-steps';
import { agreementsAtRisk } from '@/lib/agreements/risk-queries';
import { countUnread } from '@/lib/applications/inbox-queries';
import { requireRole } from '@/lib/auth/session';
import { todayInParis } from '@/lib/calendar/weeks';
import { plural } from '@/lib/text/words';
import { findOwnOrganisation, getOperatorOverview } from '@/lib/hosts/queries';

export const metadata: Metadata = { title: 'Mon espace structure d’accueil' };

const OFFER_STEPS = [
  {
    title: 'Publier des offres',
    desc: 'Un métier, un lieu, un tuteur, des horaires (7 heures par jour au plus), plusieurs semaines et des places par semaine.',
    available: true,
    href: '/entreprise/offres',
  },
  {
    title: 'Répondre aux candidatures',
    desc: 'Acceptez ou refusez chaque candidature ; une place acceptée est réservée jusqu’à la confirmation de l’élève.',
    available: true,
    href: '/entreprise/candidatures',
  },
  {
    title: 'Compléter et signer les conventions',
    desc: 'Votre partie (tuteur, horaires, déjeuner, assurance), puis la signature avec le collège, l’élève et ses représentants légaux, avant le début du stage.',
    available: true,
    href: '/entreprise/conventions',
  },
];

export default async function HostHomePage() {
  const user = await requireRole('host', 'operator');
  const [unread, atRisk] = await Promise.all([countUnread(user), agreementsAtRisk(user, todayInParis())]);
  const title = `Bonjour ${user.firstName} ${user.lastName}`;

  if (user.role === 'operator') {
    const overview = await getOperatorOverview(user);
    return (
      <PageContainer
        title={title}
        lead="Espace des associations partenaires : vous publiez des offres pour le compte des structures que vous accompagnez."
      >
        {!overview ? (
          <NotAttached />
        ) : (
          <>
            <section aria-labelledby="association">
              <h2 id="association">{overview.operator.name}</h2>
              {overview.hosts.length > 0 && <SpaceLinks unread={unread} />}
              <p className={fr.cx('fr-mt-2w')}>
                <Link
                  href="/entreprise/jetons-api"
                  className={fr.cx('fr-link', 'fr-icon-lock-line', 'fr-link--icon-left')}
                >
                  Jetons d’API : publier vos offres depuis vos outils
                </Link>
              </p>
              <h3 className={fr.cx('fr-h5')}>Structures que vous accompagnez</h3>
              {overview.hosts.length === 0 ? (
                <p>
                  Aucune structure n’est encore rattachée à votre association. L’équipe nationale les rattache à votre
                  demande : écrivez-lui depuis la page <Link href="/contact">Contact</Link>.
                </p>
              ) : (
                <ul className={fr.cx('fr-raw-list')}>
                  {overview.hosts.map((host) => (
                    <li
                      key={host.id}
                      className={fr.cx('fr-py-2w')}
                      style={{ borderBottom: '1px solid var(--border-default-grey)' }}
                    >
                      <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>{host.name}</p>
                      <OrganisationFacts organisation={host} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {overview.hosts.length > 0 && <AtRiskAgreements rows={atRisk} side="host" />}
            <NextSteps steps={OFFER_STEPS} />
          </>
        )}
      </PageContainer>
    );
  }

  const organisation = await findOwnOrganisation(user);
  return (
    <PageContainer title={title} lead="Espace des structures d’accueil : entreprises, administrations et associations.">
      {!organisation ? (
        <NotAttached />
      ) : (
        <>
          <section aria-labelledby="structure">
            <h2 id="structure">{organisation.name}</h2>
            <OrganisationFacts organisation={organisation} />
            <SpaceLinks unread={unread} />
            <p className={fr.cx('fr-mt-2w')}>
              <Link href="/entreprise/equipe" className={fr.cx('fr-link', 'fr-icon-team-line', 'fr-link--icon-left')}>
                Votre équipe : inviter un collègue
              </Link>
            </p>
            <p className={fr.cx('fr-text--sm')}>
              Vos offres suivront la <Link href="/charte-qualite">charte de qualité d’une offre de stage</Link>.
            </p>
          </section>
          <AtRiskAgreements rows={atRisk} side="host" />
          <NextSteps steps={OFFER_STEPS} />
        </>
      )}
    </PageContainer>
  );
}

/** The two daily tasks, the applications with the number not read yet. */
function SpaceLinks({ unread }: { unread: number }) {
  return (
    <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left', 'fr-mt-2w')}>
      <li>
        <Link href="/entreprise/offres" className={fr.cx('fr-btn', 'fr-icon-file-text-line', 'fr-btn--icon-left')}>
          Mes offres : publier et suivre
        </Link>
      </li>
      <li>
        <Link
          href="/entreprise/candidatures"
          className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-icon-mail-line', 'fr-btn--icon-left')}
        >
          Candidatures
          {unread > 0 && (
            <Badge as="span" severity="new" small className={fr.cx('fr-ml-1w')}>
              {plural(unread, 'nouvelle')}
            </Badge>
          )}
        </Link>
      </li>
    </ul>
  );
}

function NotAttached() {
  return (
    <Alert
      severity="info"
      as="h2"
      title="Votre compte n’est pas encore rattaché à une structure"
      role={undefined}
      description="L’équipe du service vérifie votre rattachement. Vous pourrez ensuite publier des offres."
    />
  );
}
