import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { PageContainer } from '@/components/layout/page-container';
import { OffersFilterForm, OffersTable } from '@/components/offers/offers-table';
import { requireRole } from '@/lib/auth/session';
import { todayInParis } from '@/lib/calendar/weeks';
import { listManagedOffers } from '@/lib/offers/dashboard-queries';
import { dashboardHref, isFiltered, parseDashboardParams } from '@/lib/offers/dashboard-schemas';
import { canManageOffers } from '@/lib/offers/policy';

export const metadata: Metadata = { title: 'Mes offres' };

const PATH = '/entreprise/offres';

export default async function OffersDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole('host', 'operator');
  const lead =
    user.role === 'operator'
      ? 'Les offres que vous publiez pour les structures que vous accompagnez : semaines, places prises et candidatures à traiter.'
      : 'Les offres de votre structure : semaines, places prises et candidatures à traiter.';

  if (!canManageOffers(user)) {
    return (
      <PageContainer title="Mes offres" breadcrumb="Mes offres">
        <Alert
          severity="info"
          as="h2"
          title="Votre compte n’est pas encore rattaché à une structure"
          description="L’équipe du service vérifie votre rattachement. Vous pourrez ensuite publier des offres."
        />
      </PageContainer>
    );
  }

  const params = parseDashboardParams(await searchParams);
  const result = await listManagedOffers(user, params, todayInParis());
  const actions = (
    <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
      <li>
        <Button iconId="fr-icon-add-line" linkProps={{ href: `${PATH}/nouvelle` }}>
          Publier une nouvelle offre
        </Button>
      </li>
      {result.hasOffers && (
        <li>
          {/* A plain link: the file is a download, there is no page to prefetch. */}
          <a
            className={fr.cx('fr-btn', 'fr-btn--tertiary', 'fr-icon-download-line', 'fr-btn--icon-left')}
            href={`${PATH}/export`}
          >
            Télécharger (CSV)
          </a>
        </li>
      )}
    </ul>
  );

  if (!result.hasOffers) {
    return (
      <PageContainer title="Mes offres" lead={lead} breadcrumb="Mes offres">
        <p>
          Vous n’avez pas encore d’offre. Publiez votre première offre : décrivez ce que l’élève observera et les
          métiers qu’il découvrira, puis choisissez les semaines où les collèges proches cherchent des stages et le
          nombre d’élèves que vous pouvez accueillir. Vous pouvez l’enregistrer en brouillon et la reprendre plus tard.
        </p>
        {actions}
      </PageContainer>
    );
  }

  const showOrganisation = user.role === 'operator' || new Set(result.rows.map((row) => row.organisationName)).size > 1;
  return (
    <PageContainer title="Mes offres" lead={lead} breadcrumb="Mes offres">
      {actions}
      <OffersFilterForm params={params} />
      {result.total > 0 ? (
        <OffersTable
          rows={result.rows}
          params={params}
          total={result.total}
          page={result.page}
          pageCount={result.pageCount}
          showOrganisation={showOrganisation}
        />
      ) : (
        <NoMatch
          filtered={isFiltered(params)}
          allHref={dashboardHref(PATH, params, { status: '', q: '' })}
          archivedHref={dashboardHref(PATH, params, { status: 'archived', q: '' })}
        />
      )}
    </PageContainer>
  );
}

/** Offers exist but none is listed: either the filters exclude them all, or every offer is archived. */
function NoMatch({ filtered, allHref, archivedHref }: { filtered: boolean; allHref: string; archivedHref: string }) {
  return (
    <div className={fr.cx('fr-mt-4w')}>
      {filtered ? (
        <p>
          Aucune offre ne correspond à ces filtres. Essayez un autre mot du titre ou un autre statut, ou{' '}
          <Link href={allHref}>affichez toutes vos offres</Link>.
        </p>
      ) : (
        <p>
          Vous n’avez plus d’offre en cours : vos offres passées sont archivées.{' '}
          <Link href={archivedHref}>Voir les offres archivées</Link>, les renouveler pour cette campagne, ou publier une
          nouvelle offre.
        </p>
      )}
    </div>
  );
}
