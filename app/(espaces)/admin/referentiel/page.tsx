import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { AdminPage } from '@/components/admin/admin-page';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Données de référence – Administration' };

const SECTIONS = [
  {
    href: '/admin/campagnes',
    title: 'Campagnes et objectifs',
    desc: 'Une campagne par année scolaire, avec ses objectifs par territoire (annexe 1) et par ministère (annexe 2) : ouvrir la suivante, qui reprend les objectifs de la précédente, et modifier ceux qui changent. Ceux de 2019-2020 restent tels que publiés par la circulaire.',
  },
  {
    href: '/admin/referentiel/secteurs',
    title: 'Secteurs professionnels',
    desc: 'Les noms des secteurs vus par les élèves et le lien vers la fiche ONISEP de chacun.',
  },
  {
    href: '/admin/referentiel/vacances',
    title: 'Vacances scolaires',
    desc: 'Les périodes de vacances de chaque zone : une semaine de stage ne peut pas y tomber.',
  },
];

export default async function ReferenceDataPage() {
  await requireRole('admin');
  return (
    <AdminPage
      title="Données de référence"
      lead="Chaque modification est enregistrée dans le journal, avec les valeurs avant et après."
    >
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.href} className={fr.cx('fr-mb-2w')}>
            <Link href={section.href}>{section.title}</Link> : {section.desc}
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}
