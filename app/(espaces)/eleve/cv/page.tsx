import type { Metadata } from 'next';
import { CvForm } from '@/components/applications/cv-form';
import { PageContainer } from '@/components/layout/page-container';
import { getCv } from '@/lib/applications/queries';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Mon CV' };

export default async function PupilCvPage() {
  const user = await requireRole('pupil');
  const cv = await getCv(user);
  return (
    <PageContainer
      title="Mon CV"
      lead="Ton CV est joint à chacune de tes candidatures : la structure d’accueil le lit avec ta lettre de motivation. Écris simplement, avec tes mots : tu peux le compléter et le modifier quand tu veux, il s’enregistre pendant que tu écris."
      breadcrumb="Mon CV"
      parents={[{ label: 'Mon espace élève', href: '/eleve' }]}
      narrow
    >
      <CvForm cv={cv} />
    </PageContainer>
  );
}
