import type { ReactNode } from 'react';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { formatWeek } from '@/lib/calendar/format';
import { capitalise } from '@/lib/text/words';
import type { SearchArea } from '@/lib/offers/search-queries';
import type { SearchFilters } from '@/lib/offers/search-schemas';

export interface SectorOption {
  value: string;
  label: string;
  onisepUrl: string | null;
}

const distanceLabel = (distance: number | 'france', schoolRadiusKm: number | null) =>
  distance === 'france'
    ? 'Toute la France'
    : distance === schoolRadiusKm
      ? `${distance} km (rayon du collège)`
      : `${distance} km`;

/**
 * The search's filters as a plain GET form: it works without JavaScript, and the URL it leads to is
 * the search (shared, bookmarked, reloaded). `place` is the visitor's commune field, when shown.
 */
export function SearchFilterForm({
  filters,
  area,
  sectors,
  place,
  forPupil,
}: {
  filters: SearchFilters;
  area: SearchArea;
  sectors: SectorOption[];
  place?: ReactNode;
  forPupil: boolean;
}) {
  const sector = sectors.find((option) => option.value === filters.sectorId);
  const distance = filters.distance ?? area.radiusKm ?? (area.distances.length ? 'france' : undefined);
  return (
    <form method="get" action="/offres" role="search" aria-label="Filtrer les offres" className={fr.cx('fr-mb-4w')}>
      {place}
      <Input
        label="Mots-clés"
        hintText="Un métier, une activité : « boulangerie », « informatique »…"
        nativeInputProps={{ name: 'mots', type: 'search', defaultValue: filters.q ?? '', maxLength: 100 }}
      />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Select
            label="Secteur d’activité"
            hint="Chaque secteur mène aux fiches métiers de l’ONISEP"
            nativeSelectProps={{ name: 'secteur', defaultValue: filters.sectorId ?? '' }}
          >
            <option value="">Tous les secteurs</option>
            {sectors.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
          {sector?.onisepUrl && (
            <p className={fr.cx('fr-text--sm')}>
              <a
                href={sector.onisepUrl}
                target="_blank"
                rel="noopener noreferrer"
                title={`Les métiers du secteur « ${sector.label} » sur le site de l’ONISEP (nouvelle fenêtre)`}
              >
                Découvrir les métiers de ce secteur sur le site de l’ONISEP
              </a>
            </p>
          )}
        </div>
        {area.distances.length > 0 && (
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Select
              label="Distance"
              hint={forPupil ? 'Autour de ton collège' : 'Autour de la commune choisie'}
              nativeSelectProps={{ name: 'distance', defaultValue: String(distance) }}
            >
              {area.distances.map((option) => (
                <option key={option} value={String(option)}>
                  {distanceLabel(option, area.schoolRadiusKm)}
                </option>
              ))}
            </Select>
          </div>
        )}
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Select label="Semaine de stage" nativeSelectProps={{ name: 'semaine', defaultValue: filters.week ?? '' }}>
            <option value="">{area.defaultWeeks ? 'Toutes les semaines de ta classe' : 'Toutes les semaines'}</option>
            {area.weeks.map((week) => (
              <option key={week} value={week}>
                {capitalise(formatWeek(week))}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-6', 'fr-col-md-3')}>
          <Select
            label="Employeur"
            nativeSelectProps={{
              name: 'statut',
              defaultValue: filters.kind === 'private' ? 'prive' : (filters.kind ?? ''),
            }}
          >
            <option value="">Public et privé</option>
            <option value="public">Public</option>
            <option value="prive">Privé</option>
          </Select>
        </div>
        <div className={fr.cx('fr-col-6', 'fr-col-md-3')}>
          <Select
            label="Format"
            nativeSelectProps={{
              name: 'format',
              defaultValue:
                filters.format === 'individual' ? 'individuel' : filters.format === 'collective' ? 'collectif' : '',
            }}
          >
            <option value="">Tous</option>
            <option value="individuel">Individuel</option>
            <option value="collectif">Collectif</option>
          </Select>
        </div>
      </div>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm', 'fr-btns-group--icon-left', 'fr-mt-3w')}>
        <li>
          <button type="submit" className={fr.cx('fr-btn', 'fr-btn--icon-left', 'fr-icon-search-line')}>
            Rechercher
          </button>
        </li>
        <li>
          <Link className={fr.cx('fr-btn', 'fr-btn--tertiary')} href="/offres">
            Effacer les filtres
          </Link>
        </li>
      </ul>
    </form>
  );
}
