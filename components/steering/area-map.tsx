'use client';

import './area-map.css';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useId, useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { TileAttribution } from '@/components/map/tile-attribution';
import {
  availableFigures,
  byFigure,
  formatFigure,
  MAP_FIGURES,
  mapFrame,
  type MapArea,
  type MapFigure,
} from '@/lib/steering/map';

/*
 * Leaflet (about 40 KB compressed) is fetched in the browser only, after hydration: the select and
 * the list, rendered by the server, come first and work without it.
 */
const AreaMapCanvas = dynamic(() => import('./area-map-canvas').then((module) => module.AreaMapCanvas), {
  ssr: false,
  loading: () => <p className={fr.cx('fr-hint-text', 'fr-p-2w')}>Chargement de la carte…</p>,
});

/**
 * The territory map of a dashboard and the same figures as a list (issue 14): one figure at a
 * time, chosen in the select; each area a circle whose area is proportional to it (a tooltip names
 * the area and the value), each list item its name (a link to its dashboard, like the table's)
 * and the value, the largest first. The map is a named region the keyboard reaches: arrows pan,
 * + and − zoom, Tab goes from circle to circle (tooltips open on focus), Enter opens a circle's
 * dashboard. The list is its text equivalent, beside the map on a wide screen, under it on a phone.
 */
export function AreaMap({
  areas,
  child,
  place,
  tileUrl,
}: {
  areas: MapArea[];
  /** What an area is, after « par »: « région », « département », « collège ». */
  child: string;
  /** The view's name, in the map's accessible name. */
  place: string;
  /** '' = no background tiles: circles on a plain background. */
  tileUrl: string;
}) {
  const [figure, setFigure] = useState<MapFigure>('pupils');
  const hintId = useId();
  const listId = useId();
  const label = MAP_FIGURES[figure];
  const { framed, overseas, unplaced } = mapFrame(areas);
  const names = (list: MapArea[]) => list.map((area) => area.name).join(', ');
  const linked = areas.some((area) => area.href !== null);

  return (
    <>
      <Select
        label="Chiffre représenté"
        nativeSelectProps={{ value: figure, onChange: (event) => setFigure(event.target.value as MapFigure) }}
      >
        {availableFigures(areas).map((key) => (
          <option key={key} value={key}>
            {MAP_FIGURES[key]}
          </option>
        ))}
      </Select>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
          <p id={hintId} className={fr.cx('fr-hint-text', 'fr-mb-1w')}>
            La surface de chaque cercle est proportionnelle au chiffre choisi ; un petit cercle vide : zéro ou non
            défini. Au clavier : les flèches déplacent la carte, + et − zooment, Tab passe d’un cercle à l’autre
            {linked ? ', Entrée ouvre son tableau de bord' : ''}.
          </p>
          {/* Same size before and after Leaflet arrives: the page does not move. */}
          <div className="area-map__frame">
            <AreaMapCanvas
              areas={areas}
              figure={figure}
              framed={framed}
              label={`Carte : ${label} par ${child} – ${place}`}
              hintId={hintId}
              tileUrl={tileUrl}
            />
          </div>
          <TileAttribution tileUrl={tileUrl} />
          {overseas.length > 0 && (
            <p className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')}>
              Outre-mer, hors du cadre de la carte (déplacez-la ou voyez la liste) : {names(overseas)}.
            </p>
          )}
          {unplaced.length > 0 && (
            <p className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')}>
              Sans collège géolocalisé, absents de la carte (voyez la liste) : {names(unplaced)}.
            </p>
          )}
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>
          <h3 id={listId} className={fr.cx('fr-h6')}>
            {label} par {child}
          </h3>
          <ol aria-labelledby={listId} className="area-map__list">
            {byFigure(areas, figure).map((area) => (
              <li key={area.code}>
                {area.href ? <Link href={area.href}>{area.name}</Link> : area.name} :{' '}
                <strong>{formatFigure(figure, area.values[figure])}</strong>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </>
  );
}
