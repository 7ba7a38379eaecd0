import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { CreateTokenForm } from '@/components/api/create-token-form';
import { TokenList } from '@/components/api/token-list';
import { DoneNotice } from '@/components/forms/done-notice';
import { PageContainer } from '@/components/layout/page-container';
import { API_RATE_LIMIT } from '@/lib/api/rate-limit';
import { listApiTokens } from '@/lib/api/token-queries';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Jetons d’API' };

const TITLE = 'Jetons d’API';
const PARENTS = [{ label: 'Mon espace partenaire', href: '/entreprise' }];

/** The operator's tokens for the partner API (/api/v1): create one per tool, revoke it when it leaks or retires. */
export default async function ApiTokensPage({ searchParams }: { searchParams: Promise<{ fait?: string }> }) {
  const user = await requireRole('operator');
  const tokens = user.operatorId ? await listApiTokens(user, user.operatorId) : null;
  if (!user.operatorId || !tokens) {
    return (
      <PageContainer title={TITLE} breadcrumb={TITLE} parents={PARENTS}>
        <p>
          Votre compte n’est pas encore rattaché à une association partenaire : vous pourrez créer des jetons ensuite.
        </p>
      </PageContainer>
    );
  }
  return (
    <PageContainer
      title={TITLE}
      lead="Vos outils publient, modifient et retirent vos offres par l’API partenaire (/api/v1), chaque appel avec un jeton de votre association."
      breadcrumb={TITLE}
      parents={PARENTS}
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{ 'jeton-revoque': 'Le jeton est révoqué : les appels qui l’utilisent sont refusés.' }}
      />
      <p>
        Envoyez le jeton dans l’en-tête <code>Authorization: Bearer …</code> de chaque appel. Créez un jeton par outil :
        vous pourrez en révoquer un sans arrêter les autres. Chaque jeton peut faire {API_RATE_LIMIT.perAccount} appels
        par minute.
      </p>
      <section aria-labelledby="creer" className={fr.cx('fr-mt-4w')}>
        <h2 id="creer" className={fr.cx('fr-h4')}>
          Créer un jeton
        </h2>
        <CreateTokenForm operatorId={user.operatorId} />
      </section>
      <section aria-labelledby="jetons" className={fr.cx('fr-mt-6w')}>
        <h2 id="jetons" className={fr.cx('fr-h4')}>
          Vos jetons
        </h2>
        <TokenList tokens={tokens} />
      </section>
    </PageContainer>
  );
}
