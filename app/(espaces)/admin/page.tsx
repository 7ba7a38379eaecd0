import type { Metadata } from 'next';
import { PageContainer } from '@/components/layout/page-container';
import { NextSteps } from '@/components/spaces/next-steps';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminHomePage() {
  const user = await requireRole('admin');

  return (
    <PageContainer title={`Bonjour ${user.firstName} ${user.lastName}`} lead="Administration nationale du service.">
      <NextSteps
        steps={[
          { title: 'Valider les référents', desc: 'Vérifiez et validez les représentants de l’État désignés par les préfectures, les rectorats et les ministères.' },
          { title: 'Établissements', desc: 'Importez les listes officielles des collèges REP+ et REP et gérez les dérogations.' },
          { title: 'Campagnes et objectifs', desc: 'Ouvrez la campagne de l’année scolaire et chargez les objectifs par territoire et par ministère.' },
        ]}
      />
    </PageContainer>
  );
}
