import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { PageContainer } from '@/components/layout/page-container';
import { getCurrentUser } from '@/lib/auth/session';
import { homePathFor } from '@/lib/auth/types';
import { listTerritories } from '@/lib/geo/queries';
import { listSignUpChoices } from '@/lib/hosts/queries';
import { academyLabel } from '@/lib/representatives/rules';
import { RepresentativeSignUpForm } from './representative-sign-up-form';

export const metadata: Metadata = { title: 'Inscription des représentants de l’État' };

export default async function RepresentativeSignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  const [territories, { ministries }] = await Promise.all([listTerritories(), listSignUpChoices()]);

  return (
    <PageContainer
      title="Inscription des représentants de l’État"
      lead="Référents « stage de troisième » des préfectures, des rectorats, des services départementaux de l’Éducation nationale et des ministères : suivez les indicateurs de votre territoire."
      breadcrumb="Représentant de l’État"
      narrow
    >
      <p>
        Votre accès s’ouvre une fois votre désignation vérifiée par l’équipe nationale : vous recevez alors un courriel.
        Vous ne verrez que les chiffres de votre périmètre, jamais le nom d’un élève.
      </p>
      <p className={fr.cx('fr-text--sm')}>Tous les champs sont obligatoires.</p>
      <RepresentativeSignUpForm
        regions={territories.regions.map((r) => ({ value: r.code, label: r.name }))}
        academies={territories.academies.map((a) => ({ value: a.code, label: academyLabel(a.name) }))}
        departments={territories.departments.map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` }))}
        ministries={ministries}
      />
      <p className={fr.cx('fr-mt-4w')}>
        Vous avez déjà un compte ? <Link href="/connexion">Se connecter</Link>.
      </p>
    </PageContainer>
  );
}
