import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { PageContainer } from '@/components/layout/page-container';
import { KeyFigures } from '@/components/ui/key-figures';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { openDashboard, type Dashboard } from '@/lib/steering/dashboard-queries';
import { figuresTime } from '@/lib/steering/labels';
import { homeView } from '@/lib/steering/policy';
import { parseSteeringParams } from '@/lib/steering/schemas';
import { placeName } from '@/lib/steering/table-cells';
import { viewHref } from '@/lib/steering/urls';
import { isValidatedRepresentative } from '@/lib/representatives/policy';
import { requireRole } from '@/lib/auth/session';
import { ownScopeLabel } from '@/lib/representatives/queries';

export const metadata: Metadata = { title: 'Pilotage' };

/** The home view's headline figures: the full dashboard is one link away. */
function homeFigures({ offers, areas, applications }: Dashboard) {
  return [
    ...(offers ? [{ value: offers.offers.total.seatsOffered, label: 'places offertes' }] : []),
    ...(areas ? [{ value: areas.total.pupils, label: 'élèves inscrits' }] : []),
    { value: applications.applications.total.total, label: 'candidatures' },
    { value: applications.confirmed.total.total, label: 'stages confirmés' },
  ];
}

export default async function StateRepHomePage() {
  const user = await requireRole('state_rep');
  const scope = await ownScopeLabel(user);
  const title = `Bonjour ${user.firstName} ${user.lastName}`;

  // Until an admin validates them, representatives see their request and nothing of any territory.
  if (!isValidatedRepresentative(user)) {
    return (
      <PageContainer title={title} lead="Pilotage des stages de 3e.">
        <Alert
          severity="info"
          as="h2"
          title="Votre accès attend la validation de l’équipe nationale"
          // Static information shown on arrival: not an alert to announce.
          role={undefined}
          description="L’équipe nationale vérifie votre désignation comme référent auprès de votre administration. Votre accès aux indicateurs commencera dès cette validation."
        />
        <section aria-labelledby="et-ensuite" className={fr.cx('fr-mt-6w')}>
          <h2 id="et-ensuite">Et ensuite ?</h2>
          {scope && (
            <p>
              Périmètre demandé : <strong>{scope}</strong>.
            </p>
          )}
          <p>
            Vous recevrez un courriel dès que votre accès sera ouvert. Vous n’avez rien d’autre à faire en attendant. Si
            votre demande tarde, votre préfecture, votre rectorat ou votre ministère peut confirmer votre désignation à
            l’équipe nationale par la page Contact.
          </p>
        </section>
      </PageContainer>
    );
  }

  const home = homeView(user);
  const dashboard = home && (await openDashboard(user, home, parseSteeringParams({}, todayInParis())));

  return (
    <PageContainer title={title} lead={`Pilotage des stages de 3e : ${scope ?? 'périmètre non renseigné'}.`}>
      <section aria-labelledby="vos-indicateurs">
        <h2 id="vos-indicateurs">Vos indicateurs</h2>
        {dashboard ? (
          <>
            <p className={fr.cx('fr-text--sm')}>
              {figuresTime(dashboard.asOf)}, campagne {schoolYearLabel(dashboard.query.schoolYear)}.
            </p>
            <KeyFigures figures={homeFigures(dashboard)} />
            <p>
              <Link href={viewHref(dashboard.view)} className={fr.cx('fr-btn')}>
                Tableau de bord : {placeName(dashboard.view)}
              </Link>
            </p>
          </>
        ) : (
          <p>Votre périmètre n’est pas renseigné : l’équipe nationale doit le compléter.</p>
        )}
      </section>
      {/* A ministry follows its offers, not a territory: no reported offers of a territory, no department calendar. */}
      {user.scope?.level !== 'ministry' && (
        <>
          <p className={fr.cx('fr-mt-4w')}>
            <Link href="/pilotage/signalements" className={fr.cx('fr-link', 'fr-icon-flag-line', 'fr-link--icon-left')}>
              Offres signalées sur votre territoire
            </Link>
          </p>
          <p>
            <Link
              href="/pilotage/calendrier"
              className={fr.cx('fr-link', 'fr-icon-calendar-line', 'fr-link--icon-left')}
            >
              {user.scope?.level === 'department'
                ? 'Calendrier des stages du département'
                : 'Calendrier des stages par département'}
            </Link>
          </p>
        </>
      )}
    </PageContainer>
  );
}
