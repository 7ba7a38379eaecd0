import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { PageContainer } from '@/components/layout/page-container';
import { getCurrentUser } from '@/lib/auth/session';
import { homePathFor, type SessionUser } from '@/lib/auth/types';
import { describeInvitation, type InvitationView } from '@/lib/invitations/queries';
import { INVITATION_REFUSALS, invitationPurpose, ROLE_OF_KIND } from '@/lib/invitations/rules';
import { invitationToken } from '@/lib/invitations/schemas';
import { AcceptInvitationForm, AttachInvitationForm } from './invitation-forms';
import { formatDateTime } from '@/lib/calendar/format';

// The token is in the URL: no Referer to other sites, no indexing.
export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer', robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/**
 * Invitation link (school staff, host colleague, operator member): who invites to what, then a new
 * account, or the signed-in account of the invited address. The actions check the link again.
 */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const view = invitationToken.safeParse(token).success ? await describeInvitation(token) : null;

  if (!view) return <Refused title="Lien d’invitation invalide" message={INVITATION_REFUSALS.unknown} />;
  if (view.status === 'used')
    return <Refused title="Invitation déjà utilisée" message={INVITATION_REFUSALS.used} signIn />;
  if (view.status === 'expired')
    return <Refused title="Invitation expirée" message={INVITATION_REFUSALS.expired(view)} />;

  const user = await getCurrentUser();
  return (
    <PageContainer title={`Invitation : ${view.targetName}`} breadcrumb="Invitation" narrow>
      <p className={fr.cx('fr-text--lead')}>
        {view.inviterName ?? 'L’équipe Mon stage de troisième'} vous invite à {invitationPurpose(view)}.
      </p>
      <p>Ce lien est valable jusqu’au {formatDateTime(view.expiresAt)} et ne sert qu’une fois.</p>
      {user ? (
        <SignedIn user={user} view={view} token={token} />
      ) : view.accountExists ? (
        <SignInFirst view={view} token={token} />
      ) : (
        <NewAccount view={view} token={token} />
      )}
    </PageContainer>
  );
}

function NewAccount({ view, token }: { view: InvitationView; token: string }) {
  return (
    <section aria-labelledby="compte">
      <h2 id="compte">Créez votre compte</h2>
      <AcceptInvitationForm token={token} email={view.email} />
      <p className={fr.cx('fr-text--sm', 'fr-mt-4w')}>
        Vos nom, prénom et adresse servent à gérer votre accès. Voir{' '}
        <Link href="/donnees-personnelles">Données personnelles</Link>.
      </p>
    </section>
  );
}

function SignInFirst({ view, token }: { view: InvitationView; token: string }) {
  return (
    <section aria-labelledby="connexion">
      <h2 id="connexion">Vous avez déjà un compte</h2>
      <p>
        Un compte existe avec l’adresse {view.email}. Connectez-vous : vous reviendrez ici pour accepter l’invitation.
      </p>
      <Button linkProps={{ href: `/connexion?callbackUrl=${encodeURIComponent(`/invitation/${token}`)}` }}>
        Se connecter pour accepter
      </Button>
    </section>
  );
}

function SignedIn({ user, view, token }: { user: SessionUser; view: InvitationView; token: string }) {
  if (user.email !== view.email) {
    return (
      <Alert
        severity="warning"
        as="h2"
        title="Vous êtes connecté avec un autre compte"
        description={`Cette invitation a été envoyée à ${view.email}, et vous êtes connecté en tant que ${user.email}. Déconnectez-vous (en haut de la page), puis ouvrez à nouveau ce lien.`}
      />
    );
  }
  if (user.role !== ROLE_OF_KIND[view.kind]) {
    return (
      <Alert
        severity="warning"
        as="h2"
        title="Votre compte ne peut pas accepter cette invitation"
        description={`L’adresse ${view.email} est celle d’un compte d’un autre type. Demandez à la personne qui vous invite d’utiliser une autre adresse électronique.`}
      />
    );
  }
  return (
    <section aria-labelledby="accepter">
      <h2 id="accepter">Accepter avec votre compte</h2>
      <p>
        Vous êtes connecté en tant que {user.firstName} {user.lastName} ({user.email}).{' '}
        <Link href={homePathFor(user)}>Retour à mon espace</Link>
      </p>
      <AttachInvitationForm token={token} />
    </section>
  );
}

function Refused({ title, message, signIn = false }: { title: string; message: string; signIn?: boolean }) {
  return (
    <PageContainer title={title} breadcrumb="Invitation" narrow>
      <Alert severity="error" as="h2" title="Impossible d’utiliser ce lien" description={message} />
      <p className={fr.cx('fr-mt-4w')}>
        {signIn ? <Link href="/connexion">Se connecter</Link> : <Link href="/contact">Nous contacter</Link>}
      </p>
    </PageContainer>
  );
}
