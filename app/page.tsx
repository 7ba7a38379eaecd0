import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { serviceName } from '@/components/layout/brand';

export const metadata: Metadata = {
  // The root layout's default title is the service name alone; keep it for the home page.
  title: { absolute: `${serviceName} - Accueil` },
};

const audiences = [
  {
    title: 'Élèves et parents',
    desc: 'Trouvez un stage d’observation d’une semaine près de votre collège, ou plus loin si votre collège l’autorise. Une fois l’autorisation parentale remise au professeur principal, l’élève consulte les offres et candidate en ligne.',
    actions: [
      { label: 'Se connecter', href: '/connexion' },
      { label: 'Créer mon compte élève', href: '/inscription/eleve', secondary: true },
    ],
  },
  {
    title: 'Établissements',
    desc: 'Le chef d’établissement inscrit le collège, ouvre les classes de 3e et choisit les semaines de stage. Les professeurs suivent les recherches et les candidatures de leurs élèves.',
    actions: [
      { label: 'Se connecter', href: '/connexion' },
      { label: 'Inscrire mon établissement', href: '/inscription/etablissement', secondary: true },
    ],
  },
  {
    title: 'Structures d’accueil',
    desc: 'Entreprises, administrations et associations : proposez des stages individuels ou collectifs sur plusieurs semaines, réservés ou non à des collèges partenaires, et répondez aux candidatures.',
    actions: [
      { label: 'Se connecter', href: '/connexion' },
      { label: 'Proposer des stages', href: '/inscription/structure', secondary: true },
    ],
  },
  {
    title: 'Représentants de l’État',
    desc: 'Référents des préfectures, des services académiques et des ministères : suivez en temps réel les offres, les candidatures et les stages réalisés au regard des objectifs de votre territoire.',
    actions: [{ label: 'Se connecter', href: '/connexion' }],
  },
] as const;

const steps = [
  'Le chef d’établissement inscrit son collège et fixe les semaines de stage de chaque classe de 3e.',
  'Les structures d’accueil publient leurs offres : un métier, un lieu, un tuteur, des semaines et des places.',
  'Avec l’autorisation de ses parents, l’élève cherche une offre près de son collège et envoie sa candidature.',
  'La structure répond ; l’élève confirme son choix et la convention est signée par tous avant le début du stage.',
];

export default function HomePage() {
  return (
    <>
      <section className={fr.cx('fr-py-8w')} style={{ background: 'var(--background-alt-blue-france)' }}>
        <div className={fr.cx('fr-container')}>
          <div className={fr.cx('fr-grid-row')}>
            <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
              <h1>Un stage de 3e de qualité pour chaque élève des collèges REP+ et REP</h1>
              <p className={fr.cx('fr-text--lead')}>
                {serviceName} est le service public qui met en relation les élèves de 3e de l’éducation prioritaire,
                leurs collèges et les entreprises, administrations et associations qui les accueillent pour leur
                séquence d’observation en milieu professionnel.
              </p>
              <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
                <li>
                  <Button linkProps={{ href: '/connexion' }} iconId="fr-icon-account-circle-line">
                    Se connecter
                  </Button>
                </li>
                <li>
                  <Button priority="secondary" linkProps={{ href: '#comment-ca-marche' }}>
                    Comment ça marche
                  </Button>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </section>

      <section className={fr.cx('fr-container', 'fr-py-8w')} aria-labelledby="pour-qui">
        <h2 id="pour-qui">Pour qui ?</h2>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          {audiences.map((audience) => (
            <div key={audience.title} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <Card
                title={audience.title}
                titleAs="h3"
                desc={audience.desc}
                size="medium"
                footer={
                  <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-reverse', 'fr-btns-group--inline-lg')}>
                    {audience.actions.map((action) => (
                      <li key={action.label}>
                        <Button
                          priority={'secondary' in action ? 'secondary' : 'primary'}
                          linkProps={{ href: action.href }}
                          // Visible label stays short; the accessible name says for whom.
                          title={`${action.label} - ${audience.title}`}
                        >
                          {action.label}
                        </Button>
                      </li>
                    ))}
                  </ul>
                }
              />
            </div>
          ))}
        </div>
      </section>

      <section
        className={fr.cx('fr-py-8w')}
        style={{ background: 'var(--background-alt-grey)' }}
        aria-labelledby="comment-ca-marche"
      >
        <div className={fr.cx('fr-container')}>
          <h2 id="comment-ca-marche">Comment ça marche</h2>
          <ol className={fr.cx('fr-mb-4w')}>
            {steps.map((step) => (
              <li key={step} className={fr.cx('fr-mb-2w')}>
                {step}
              </li>
            ))}
          </ol>
          <h3>Un stage de qualité</h3>
          <p>
            La séquence d’observation dure cinq jours, sans dépasser 7 heures de présence par jour. Elle fait découvrir
            un environnement différent du collège, des métiers à différents niveaux de qualification et aide l’élève à
            construire son projet d’orientation. Les stages ont lieu de mi-octobre à fin avril.
          </p>
        </div>
      </section>
    </>
  );
}
