import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { PageContainer } from '@/components/layout/page-container';
import { countHeadRequests } from '@/lib/admin/heads-queries';
import { getDashboardCounts } from '@/lib/admin/queries';
import { requireRole } from '@/lib/auth/session';
import { countOpenReports } from '@/lib/offers/report-queries';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminHomePage() {
  const user = await requireRole('admin');
  const [counts, headRequests, openReports] = await Promise.all([
    getDashboardCounts(user).then((found) => found!),
    countHeadRequests(user),
    countOpenReports(user),
  ]);
  const active = (role: keyof typeof counts.activeUsersByRole) => counts.activeUsersByRole[role] ?? 0;

  const sections = [
    {
      href: '/admin/referents',
      title: 'Référents de l’État',
      desc: 'Validez les représentants désignés par les préfectures, les rectorats et les ministères.',
      todo: counts.pendingRepresentatives ? `${counts.pendingRepresentatives} en attente de validation` : null,
    },
    {
      href: '/admin/etablissements',
      title: 'Établissements et dérogations',
      desc: `Chefs d’établissement : demandes, remplacement. Enregistrez l’accord de la préfecture et de l’académie pour un collège hors REP. ${counts.approvedDerogations} dérogation${counts.approvedDerogations > 1 ? 's' : ''} en vigueur.`,
      todo:
        [
          headRequests && `${headRequests} demande${headRequests > 1 ? 's' : ''} de chef d’établissement`,
          counts.pendingDerogations &&
            `${counts.pendingDerogations} dérogation${counts.pendingDerogations > 1 ? 's' : ''} à enregistrer`,
        ]
          .filter(Boolean)
          .join(' · ') || null,
    },
    {
      href: '/admin/signalements',
      title: 'Signalements d’offres',
      desc: 'Dépubliez avec un motif les offres signalées qui posent problème, ou classez les signalements sans suite.',
      todo: openReports ? `${openReports} signalement${openReports > 1 ? 's' : ''} à traiter` : null,
    },
    {
      href: '/admin/operateurs',
      title: 'Associations partenaires',
      desc: `Créez les comptes des associations et rattachez-leur les structures qu’elles accompagnent. ${counts.operators} association${counts.operators > 1 ? 's' : ''}.`,
      todo: null,
    },
    {
      href: '/admin/utilisateurs',
      title: 'Comptes',
      desc: `Recherchez un compte, désactivez-le ou rétablissez-le. ${active('pupil')} élèves, ${active('school_staff')} personnels, ${active('host') + active('operator')} comptes de structures et ${active('state_rep')} référents actifs.`,
      todo: null,
    },
    {
      href: '/admin/simulations',
      title: 'Campagnes simulées',
      desc: 'Chargez le résultat de npm run simulate:campaign pour le montrer à part dans les tableaux de bord du pilotage, jamais mêlé à la campagne.',
      todo: null,
    },
    {
      href: '/admin/referentiel',
      title: 'Données de référence',
      desc: 'Campagnes et leurs objectifs par territoire et par ministère, secteurs professionnels et fiches ONISEP, vacances scolaires.',
      todo: null,
    },
  ];

  return (
    <PageContainer title={`Bonjour ${user.firstName} ${user.lastName}`} lead="Administration nationale du service.">
      <h2 className={fr.cx('fr-h4')}>À traiter et à gérer</h2>
      <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
        {sections.map((section) => (
          <li key={section.href} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
            <div
              className={fr.cx('fr-p-3w')}
              style={{ height: '100%', border: '1px solid var(--border-default-grey)' }}
            >
              <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>
                <Link href={section.href}>{section.title}</Link>
              </h3>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>{section.desc}</p>
              {section.todo ? (
                <Badge severity="warning" small>
                  {section.todo}
                </Badge>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <p className={fr.cx('fr-mt-4w', 'fr-text--sm')}>{counts.organisations} structures d’accueil inscrites.</p>
    </PageContainer>
  );
}
