import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { PageContainer } from '@/components/layout/page-container';
import { OfferList } from '@/components/offers/offer-list';
import { SearchFilterForm } from '@/components/offers/search-filters';
import { SearchWidenings } from '@/components/offers/search-widenings';
import { PendingConsent, SchoolNotEligible } from '@/components/pupils/pending-consent';
import { getCurrentUser } from '@/lib/auth/session';
import { formatWeek } from '@/lib/calendar/format';
import { listSectorOptions } from '@/lib/offers/queries';
import { searchOffersAround, searchOffersForPupil, type SearchResult } from '@/lib/offers/search-queries';
import { parseSearchParams, searchHref, type SearchQuery } from '@/lib/offers/search-schemas';

export const metadata: Metadata = { title: 'Offres de stage' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The search. A pupil searches around their school, on their class's weeks, once a parent's
 * authorisation is recorded; everyone else (visitors, hosts, staff, representatives) searches the
 * offers reserved for no school, around a commune or postcode they type.
 */
export default async function OffersPage({ searchParams }: Props) {
  const query = parseSearchParams(await searchParams);
  const [user, sectors] = await Promise.all([getCurrentUser(), listSectorOptions()]);

  if (user?.role === 'pupil') {
    const result = await searchOffersForPupil(user, query.filters, { page: query.page });
    if (!result.ok)
      return (
        <PageContainer title="Chercher un stage" breadcrumb="Offres de stage">
          {user.pendingConsent ? <PendingConsent /> : <SchoolNotEligible />}
        </PageContainer>
      );
    const { area } = result.data;
    return (
      <PageContainer title="Chercher un stage" breadcrumb="Offres de stage">
        <p className={fr.cx('fr-text--lead')}>
          {area.radiusKm === null && area.centre
            ? `Les offres de stage de toute la France, les plus proches de ton collège d’abord`
            : `Les offres de stage à moins de ${area.radiusKm} km de ton collège, les plus proches d’abord`}
          {area.defaultWeeks
            ? `, pour les semaines de stage de ta classe : ${area.defaultWeeks.map((week) => formatWeek(week)).join(', ')}.`
            : '.'}
        </p>
        <SearchFilterForm filters={result.data.filters} area={area} sectors={sectors} forPupil />
        <Results result={result.data} query={query} distanceFrom="de ton collège" />
      </PageContainer>
    );
  }

  const result = await searchOffersAround(null, query.filters, { page: query.page });
  return (
    <PageContainer
      title="Offres de stage de 3e"
      lead="Les stages d’observation d’une semaine proposés par les entreprises, les administrations et les associations."
      breadcrumb="Offres de stage"
    >
      {!user && (
        <CallOut title="Tu es élève de 3e ?" titleAs="h2" iconId="fr-icon-user-line">
          Crée ton compte avec ton collège pour voir aussi les offres réservées à ton collège et leur distance, puis
          candidater une fois l’autorisation de tes parents remise à ton professeur principal.{' '}
          <Link href="/inscription/eleve">Créer mon compte élève</Link> · <Link href="/connexion">Se connecter</Link>
        </CallOut>
      )}
      <SearchFilterForm filters={result.filters} area={result.area} sectors={sectors} forPupil={false} />
      <Results result={result} query={query} distanceFrom="du lieu choisi" />
    </PageContainer>
  );
}

function Results({ result, query, distanceFrom }: { result: SearchResult; query: SearchQuery; distanceFrom: string }) {
  const place = query.place;
  return (
    <OfferList
      result={result}
      distanceFrom={distanceFrom}
      pageHref={(page) => searchHref({ filters: result.filters, page, place })}
      empty={<SearchWidenings widenings={result.widenings} place={place} />}
    />
  );
}
