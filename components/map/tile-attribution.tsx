import { fr } from '@codegouvfr/react-dsfr';

/**
 * The tiles' credit, under a map rather than in Leaflet's own control: outside the map (hidden on
 * a phone, or skipped by the keyboard), where it can be read and its link reached. Nothing
 * without tiles.
 */
export function TileAttribution({ tileUrl }: { tileUrl: string }) {
  if (!tileUrl) return null;
  return (
    <p className={fr.cx('fr-text--xs', 'fr-mb-0')}>
      Fond de carte : ©{' '}
      <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noreferrer">
        les contributeurs d’OpenStreetMap
      </a>
    </p>
  );
}
