import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { PageContainer } from '@/components/layout/page-container';
import { OfferList } from '@/components/offers/offer-list';
import { PendingConsent, SchoolNotEligible } from '@/components/pupils/pending-consent';
import { getCurrentUser } from '@/lib/auth/session';
import { listOffersForPupil, listPublishedOffers } from '@/lib/offers/search-queries';
import { parsePage } from '@/lib/pagination';

export const metadata: Metadata = { title: 'Offres de stage' };

/**
 * Visitors and other roles see the open offers that are not reserved for particular schools; a
 * pupil sees those around their school once a parent's authorisation is recorded, and none before.
 */
export default async function OffersPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const page = parsePage((await searchParams).page);
  const user = await getCurrentUser();

  if (user?.role === 'pupil') {
    const result = await listOffersForPupil(user, { page });
    return (
      <PageContainer title="Chercher un stage" breadcrumb="Offres de stage">
        {result.ok ? (
          <>
            <p className={fr.cx('fr-text--lead')}>
              Les offres de stage autour de ton collège, les plus proches d’abord.
            </p>
            {/* Until applications open, say what to do with an offer rather than leave a dead end. */}
            <p>
              Tu pourras bientôt candidater ici. En attendant, note les offres qui t’intéressent et parles-en à ton
              professeur principal.
            </p>
            <OfferList
              result={result.data}
              emptyText="Il n’y a pas encore d’offre près de ton collège. Reviens bientôt : de nouvelles offres arrivent toute l’année."
            />
          </>
        ) : user.pendingConsent ? (
          <PendingConsent />
        ) : (
          <SchoolNotEligible />
        )}
      </PageContainer>
    );
  }

  const result = await listPublishedOffers({ page });
  return (
    <PageContainer
      title="Offres de stage de 3e"
      lead="Les stages d’observation d’une semaine proposés par les entreprises, les administrations et les associations."
      breadcrumb="Offres de stage"
    >
      {!user && (
        <CallOut title="Tu es élève de 3e ?" titleAs="h2" iconId="fr-icon-user-line">
          Crée ton compte avec ton collège pour voir aussi les offres réservées à ton collège et leur distance. Tu
          pourras candidater une fois l’autorisation de tes parents remise à ton professeur principal.{' '}
          <Link href="/inscription/eleve">Créer mon compte élève</Link> · <Link href="/connexion">Se connecter</Link>
        </CallOut>
      )}
      <OfferList result={result} emptyText="Aucune offre n’est publiée pour le moment." />
    </PageContainer>
  );
}
