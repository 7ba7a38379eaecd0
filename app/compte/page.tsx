import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { PageContainer } from '@/components/layout/page-container';
import { USER_ROLE_LABELS } from '@/lib/users/labels';
import { getAccountOverview } from '@/lib/account/queries';
import { requireUser } from '@/lib/auth/session';
import { roleSpaces } from '@/lib/auth/types';
import { DoneNotice } from '@/components/forms/done-notice';
import { ActionForm } from '@/components/forms/action-form';
import { signOutEverywhereAction } from '@/lib/account/actions';

export const metadata: Metadata = { title: 'Mon compte' };

/** Pupils are addressed with "tu" everywhere else; their account page does the same. */
const actionsFor = (pupil: boolean) => [
  {
    title: 'Changer mon mot de passe',
    desc: pupil ? 'Avec ton mot de passe actuel.' : 'Avec votre mot de passe actuel.',
    href: '/compte/mot-de-passe',
  },
  {
    title: 'Changer mon adresse électronique',
    desc: 'Un lien de confirmation est envoyé à la nouvelle adresse.',
    href: '/compte/adresse',
  },
  {
    title: 'Supprimer mon compte',
    desc: pupil ? 'Tes nom, adresse et mot de passe sont effacés.' : 'Vos nom, adresse et mot de passe sont effacés.',
    href: '/compte/supprimer',
  },
];

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [{ attachment, pendingEmail }, query] = await Promise.all([getAccountOverview(user), searchParams]);
  const space = roleSpaces[user.role];
  const pupil = user.role === 'pupil';

  return (
    <PageContainer title="Mon compte" breadcrumb="Mon compte">
      <DoneNotice
        searchParams={query}
        messages={{
          'adresse-modifiee': {
            title: 'Adresse électronique modifiée',
            description: pupil
              ? `Ton compte utilise désormais l’adresse ${user.email}. Connecte-toi avec elle la prochaine fois.`
              : `Votre compte utilise désormais l’adresse ${user.email}. Connectez-vous avec elle la prochaine fois.`,
          },
        }}
      />
      <section aria-labelledby="mes-informations">
        <h2 id="mes-informations">Mes informations</h2>
        <ul className={fr.cx('fr-raw-list')}>
          <li>
            <strong>Nom :</strong> {user.firstName} {user.lastName}
          </li>
          <li>
            <strong>Adresse électronique :</strong> {user.email}
          </li>
          <li>
            <strong>Profil :</strong> {USER_ROLE_LABELS[user.role]}
            {attachment && ` · ${attachment}`}
          </li>
        </ul>
        {pendingEmail && (
          <p className={fr.cx('fr-mt-2w')}>
            Changement d’adresse en attente : {pupil ? 'ouvre' : 'ouvrez'} le lien envoyé à{' '}
            <strong>{pendingEmail}</strong> pour le confirmer.
          </p>
        )}
        <p className={fr.cx('fr-text--sm', 'fr-mt-2w')}>
          {pupil
            ? 'Une erreur dans ton nom ? Demande à ton collège de la corriger.'
            : 'Une erreur dans votre nom ? Selon votre profil, demandez à votre collège, à votre structure ou à l’équipe nationale de la corriger.'}
        </p>
      </section>

      <section aria-labelledby="gerer-mon-compte" className={fr.cx('fr-mt-6w')}>
        <h2 id="gerer-mon-compte">Gérer mon compte</h2>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          {actionsFor(pupil).map((action) => (
            <div key={action.href} className={fr.cx('fr-col-12', 'fr-col-md-4')}>
              <Tile
                title={action.title}
                titleAs="h3"
                desc={action.desc}
                linkProps={{ href: action.href }}
                orientation="horizontal"
                small
              />
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="mes-appareils" className={fr.cx('fr-mt-6w')}>
        <h2 id="mes-appareils">Mes appareils</h2>
        <p>
          {pupil
            ? 'Un téléphone perdu, un ordinateur du collège où tu es resté connecté ? Ferme toutes les sessions ouvertes avec ton compte, celle-ci comprise : il faudra te reconnecter partout.'
            : 'Un téléphone perdu, un ordinateur partagé où vous êtes resté connecté ? Fermez toutes les sessions ouvertes avec votre compte, celle-ci comprise : il faudra vous reconnecter partout.'}
        </p>
        <ActionForm
          action={signOutEverywhereAction}
          hidden={{}}
          submitLabel="Se déconnecter de tous les appareils"
          confirmLabel="Je confirme : toutes mes sessions se ferment, je devrai me reconnecter"
          priority="secondary"
        />
      </section>

      <section aria-labelledby="mes-donnees" className={fr.cx('fr-mt-6w')}>
        <h2 id="mes-donnees">Mes données</h2>
        <p>
          {pupil
            ? 'Télécharge tout ce que le service conserve sur toi : ton compte, ton collège et ta classe, tes candidatures et leur historique. Le fichier est au format JSON, un fichier texte que tu peux ouvrir avec un éditeur de texte.'
            : 'Téléchargez tout ce que le service conserve sur vous : votre compte, votre rattachement et, pour les élèves, les candidatures et leur historique. Le fichier est au format JSON, lisible avec un éditeur de texte.'}
        </p>
        {/* A plain link: next/link would prefetch the download on every visit of this page. */}
        <a className={fr.cx('fr-link', 'fr-link--download')} href="/compte/donnees" download>
          Télécharger mes données <span className={fr.cx('fr-link__detail')}>JSON</span>
        </a>
      </section>

      <p className={fr.cx('fr-mt-6w')}>
        <Link className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')} href={space.path}>
          Retour à {space.label.charAt(0).toLowerCase() + space.label.slice(1)}
        </Link>
      </p>
    </PageContainer>
  );
}
