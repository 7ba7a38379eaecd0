import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { AtRiskAgreements } from '@/components/agreements/at-risk-list';
import { DoneNotice } from '@/components/forms/done-notice';
import { PageContainer } from '@/components/layout/page-container';
import { SchoolFigures } from '@/components/schools/school-figures';
import { SEARCH_SETTINGS_NOTICES, SearchSettingsSection } from '@/components/schools/search-settings';
import { agreementsAtRisk } from '@/lib/agreements/risk-queries';
import { canCreateClass, canFollowSchool } from '@/lib/classes/policy';
import { requireRole } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/types';
import { currentOrUpcomingSchoolYear, schoolYearLabel } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { getSchoolOverview, ownHeadRequest } from '@/lib/schools/queries';
import { SCHOOL_NETWORK_LABELS } from '@/lib/schools/labels';
import { canChangeSearchSettings } from '@/lib/schools/policy';
import { getSearchSettings } from '@/lib/schools/search-settings-queries';
import { canManageStaff, canViewTeam } from '@/lib/staff/policy';
import { ownMembershipRequest } from '@/lib/staff/queries';
import { STAFF_ROLE_LABELS } from '@/lib/staff/labels';
import { formatDate } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Mon établissement' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The school dashboard; staff whose access is not (or no longer) active see where they stand. */
export default async function SchoolHomePage({ searchParams }: Props) {
  const user = await requireRole('school_staff');
  const title = `Bonjour ${user.firstName} ${user.lastName}`;
  const today = todayInParis();
  const schoolYear = currentOrUpcomingSchoolYear(today);
  const [overview, searchSettings, atRisk] = await Promise.all([
    getSchoolOverview(user, schoolYear),
    getSearchSettings(user),
    agreementsAtRisk(user, today),
  ]);
  if (!overview || !searchSettings || !user.schoolId || !user.staffRole) {
    return (
      <PageContainer title={title} lead="Espace des personnels du collège.">
        <NoAccess user={user} />
      </PageContainer>
    );
  }

  const isHead = canManageStaff(user, user.schoolId);
  const followsSchool = canFollowSchool(user, user.schoolId);
  return (
    <PageContainer title={title} lead={`${STAFF_ROLE_LABELS[user.staffRole]} · ${overview.name}`}>
      <DoneNotice searchParams={await searchParams} messages={SEARCH_SETTINGS_NOTICES} />
      <section aria-labelledby="college">
        <h2 id="college" className={fr.cx('fr-h4')}>
          Votre collège
        </h2>
        <p className={fr.cx('fr-mb-1w')}>
          <strong>{overview.name}</strong>, {overview.commune} · UAI {overview.uai}{' '}
          <Badge small noIcon severity="info">
            {SCHOOL_NETWORK_LABELS[overview.network]}
          </Badge>
        </p>
        <p>
          {overview.registeredAt
            ? `Inscrit sur la plateforme le ${formatDate(overview.registeredAt)}.`
            : 'Pas encore inscrit sur la plateforme.'}
        </p>
      </section>

      {isHead && overview.pendingJoinRequests > 0 && (
        <Alert
          className={fr.cx('fr-mb-4w')}
          severity="info"
          as="h2"
          title={
            overview.pendingJoinRequests > 1
              ? `${overview.pendingJoinRequests} demandes d’accès attendent votre réponse`
              : 'Une demande d’accès attend votre réponse'
          }
          description={<Link href="/etablissement/equipe#demandes">Voir les demandes</Link>}
        />
      )}

      <section aria-labelledby="campagne" className={fr.cx('fr-mt-4w')}>
        <h2 id="campagne" className={fr.cx('fr-h4')}>
          Campagne {schoolYearLabel(schoolYear)}
        </h2>
        <SchoolFigures overview={overview} />
        {overview.classes === 0 && (
          <CallOut title="Ouvrez vos classes de 3e" titleAs="h3" iconId="fr-icon-team-line">
            {canCreateClass(user, user.schoolId)
              ? 'Ouvrez chaque classe de 3e qui participe, puis choisissez ses semaines de stage : ses élèves pourront alors s’inscrire.'
              : 'Le chef d’établissement ou le professeur principal ouvre chaque classe de 3e et choisit ses semaines de stage. Vous la suivrez ensuite ici.'}
          </CallOut>
        )}
        {isHead && overview.staff === 1 && (
          <CallOut title="Invitez votre équipe" titleAs="h3" iconId="fr-icon-mail-line">
            Invitez les professeurs principaux de 3e et les autres personnels (CPE, professeur documentaliste…) depuis
            la page Équipe : chacun reçoit un lien valable 7 jours.
          </CallOut>
        )}
      </section>

      <AtRiskAgreements rows={atRisk} side="school" />

      <SearchSettingsSection
        settings={searchSettings}
        canChange={canChangeSearchSettings(user, user.schoolId)}
        today={today}
      />

      <nav aria-labelledby="acces" className={fr.cx('fr-mt-4w')}>
        <h2 id="acces" className={fr.cx('fr-h4')}>
          Suivre et gérer
        </h2>
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          <li className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Tile
              title="Conventions"
              titleAs="h3"
              desc="Compléter la partie du collège, suivre les signatures et signer les conventions des stages confirmés."
              linkProps={{ href: '/etablissement/conventions' }}
              orientation="horizontal"
            />
          </li>
          {followsSchool && (
            <li className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <Tile
                title="Suivi des élèves"
                titleAs="h3"
                desc="Autorisations parentales, candidatures et stages de chaque élève, les élèves à relancer, et la liste à télécharger."
                linkProps={{ href: '/etablissement/eleves' }}
                orientation="horizontal"
              />
            </li>
          )}
          <li className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Tile
              title="Classes et semaines de stage"
              titleAs="h3"
              desc={
                followsSchool
                  ? 'Les classes de 3e ouvertes, leur professeur principal et leurs semaines de stage.'
                  : 'Les classes de 3e que vous suivez, leurs semaines de stage et le suivi de leurs élèves : autorisations, candidatures et stages.'
              }
              linkProps={{ href: '/etablissement/classes' }}
              orientation="horizontal"
            />
          </li>
          {canViewTeam(user, user.schoolId) && (
            <li className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <Tile
                title="Équipe"
                titleAs="h3"
                desc={
                  isHead
                    ? 'Inviter les personnels, accepter les demandes, modifier les rôles et retirer les accès.'
                    : 'Les personnels du collège inscrits sur la plateforme.'
                }
                linkProps={{ href: '/etablissement/equipe' }}
                orientation="horizontal"
              />
            </li>
          )}
        </ul>
      </nav>
    </PageContainer>
  );
}

async function NoAccess({ user }: { user: SessionUser }) {
  const headRequest = await ownHeadRequest(user);
  if (headRequest?.status === 'pending') {
    return (
      <Alert
        severity="info"
        as="h2"
        title="Votre demande est examinée par l’équipe nationale"
        description={`Vous avez demandé à être le chef d’établissement de ${headRequest.schoolName} sans utiliser l’adresse fonctionnelle du collège. L’équipe nationale vérifie votre demande : vous recevrez un courriel dès qu’elle aura été traitée, et pourrez alors gérer le collège ici.`}
      />
    );
  }
  if (headRequest) {
    return (
      <Alert
        severity="warning"
        as="h2"
        title={`Votre demande pour ${headRequest.schoolName} n’a pas été acceptée`}
        description={headRequest.reason ?? ''}
      />
    );
  }
  const request = await ownMembershipRequest(user);
  if (request?.status === 'pending') {
    return (
      <Alert
        severity="info"
        as="h2"
        title="Demande en attente de validation par votre chef d’établissement"
        description={`Vous avez demandé à rejoindre l’équipe de votre collège, ${request.schoolName}. Vous recevrez un courriel dès que votre chef d’établissement aura accepté votre demande ; vous pourrez alors suivre les élèves ici.`}
      />
    );
  }
  return (
    <Alert
      severity="warning"
      as="h2"
      title={request ? `Vous n’avez pas accès à ${request.schoolName}` : 'Votre compte n’est rattaché à aucun collège'}
      description="Votre chef d’établissement gère les accès des personnels : s’il s’agit d’une erreur, demandez-lui de vous inviter à nouveau. Vous recevrez un lien par courriel."
    />
  );
}
