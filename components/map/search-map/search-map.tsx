'use client';

import './search-map.css';
import dynamic from 'next/dynamic';
import { useCallback, useId, useState, useSyncExternalStore } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { TileAttribution } from '../tile-attribution';
import { focusListItem, useListHighlight, useListHover } from './list-sync';
import { chooseMap, isMapShown, isMapShownOnServer, mapChoiceScript, subscribeMapChoice } from './map-choice';
import type { MapCentre, MapOffer } from './offers-map';
import { mapSummary } from './summary';

/*
 * Leaflet (about 40 KB compressed) is fetched only in the browser, once the page has hydrated and
 * only while the map is shown: the list, rendered by the server, is usable before it.
 */
const OffersMap = dynamic(() => import('./offers-map').then((module) => module.OffersMap), { ssr: false });

export interface SearchMapProps {
  /** The school (pupil) or the place typed (visitor); null when unknown. */
  centre: MapCentre | null;
  /** Radius of the search circle in km, null for a national search (no circle). */
  radiusKm: number | null;
  /** The offers of the current page, in list order. */
  offers: MapOffer[];
  /** Number of results on every page, for the text equivalent. */
  total: number;
  /** '' = no tiles (tests, offline machines): a plain background. */
  tileUrl: string;
  /** id of the result list, whose items are `<li data-offer-id="…">` holding the offer's link. */
  listId: string;
}

const NONE: readonly string[] = [];

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * The search map beside the result list, with its switch and its text equivalent. The map is
 * hidden from assistive technologies and out of the Tab order: the list is the accessible way
 * through the same offers, and the map follows it (hovering or focusing an item highlights its
 * marker; choosing a marker focuses the item's link).
 */
export function SearchMap({ centre, radiusKm, offers, total, tileUrl, listId }: SearchMapProps) {
  const boxId = useId();
  const shown = useSyncExternalStore(subscribeMapChoice, isMapShown, isMapShownOnServer);
  const [highlighted, setHighlighted] = useState(NONE);
  const highlight = useCallback(
    (ids: readonly string[]) => setHighlighted((previous) => (sameIds(previous, ids) ? previous : ids)),
    [],
  );
  const choose = useCallback((id: string) => focusListItem(listId, id), [listId]);
  useListHover(listId, shown, highlight);
  useListHighlight(listId, shown ? highlighted : NONE);

  return (
    <div className="search-map">
      {/* Before the box: applies the remembered choice before the box is first painted. */}
      <script dangerouslySetInnerHTML={{ __html: mapChoiceScript }} />
      <button
        type="button"
        className={fr.cx('fr-btn', 'fr-btn--tertiary', 'fr-btn--sm', 'fr-btn--icon-left', 'fr-icon-map-pin-2-line')}
        aria-expanded={shown}
        aria-controls={boxId}
        onClick={() => chooseMap(!shown)}
      >
        <span className="search-map__hide-label">Masquer la carte</span>
        <span className="search-map__show-label">Afficher la carte</span>
      </button>
      <div id={boxId} className="search-map__box">
        <p className={fr.cx('fr-hint-text', 'fr-my-1w')}>
          {mapSummary({ shown: offers.length, total, centre: centre?.label ?? null, radiusKm })}
        </p>
        {/* Same size before and after Leaflet arrives: the list below does not move. */}
        <div className="search-map__frame" aria-hidden="true">
          {shown && (
            <OffersMap
              centre={centre}
              radiusKm={radiusKm}
              offers={offers}
              tileUrl={tileUrl}
              highlighted={highlighted}
              onHighlight={highlight}
              onChoose={choose}
            />
          )}
        </div>
        <TileAttribution tileUrl={tileUrl} />
      </div>
    </div>
  );
}
