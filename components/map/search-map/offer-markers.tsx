'use client';

import { divIcon, latLngBounds, point, type CircleMarker as LeafletCircleMarker } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CircleMarker, Marker, Polyline, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { clusterChoice, clusterKey, clusterPoints, spreadOffsets } from '@/lib/geo/cluster';
import type { MapOffer } from './offers-map';

/*
 * The offers on the map, grouped when they would overlap at the current zoom. Each marker element
 * carries `data-offer-ids` (the offers it stands for, space-separated) and `data-highlighted` when
 * one of them is highlighted: the list and the end-to-end tests read the map through them.
 */

/** Markers closer than this many pixels are grouped (an offer marker is 20 px wide). */
const CLUSTER_RADIUS_PX = 28;
const SPREAD_SPACING_PX = 24;
const SPREAD_MIN_RADIUS_PX = 32;
const OFFER_RADIUS = 8;
const CLUSTER_SIZE_PX = 34;

interface Props {
  offers: MapOffer[];
  highlighted: readonly string[];
  onHighlight: (ids: readonly string[]) => void;
  onChoose: (id: string) => void;
  animate: boolean;
}

export function OfferMarkers({ offers, highlighted, onHighlight, onChoose, animate }: Props) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  /** The group whose members are laid around it, at the zoom it was opened. */
  const [spread, setSpread] = useState<{ key: string; zoom: number } | null>(null);
  useMapEvents({ zoomend: () => setZoom(map.getZoom()), click: () => setSpread(null) });

  const clusters = useMemo(
    () =>
      clusterPoints(
        offers.map(({ id, lat, lng }) => ({ id, ...map.project([lat, lng], zoom) })),
        CLUSTER_RADIUS_PX,
      ),
    [map, offers, zoom],
  );
  const byId = useMemo(() => new Map(offers.map((offer) => [offer.id, offer])), [offers]);
  const lit = new Set(highlighted);

  return clusters.flatMap((cluster) => {
    const members = cluster.ids.map((id) => byId.get(id)!);
    const key = clusterKey(cluster.ids);
    const centre = map.unproject([cluster.x, cluster.y], zoom);
    if (members.length === 1) {
      const [offer] = members;
      return (
        <OfferMarker
          key={key}
          offer={offer!}
          position={[offer!.lat, offer!.lng]}
          lit={lit.has(offer!.id)}
          {...{ onHighlight, onChoose }}
        />
      );
    }
    if (spread?.key === key && spread.zoom === zoom) {
      const offsets = spreadOffsets(members.length, SPREAD_SPACING_PX, SPREAD_MIN_RADIUS_PX);
      return members.flatMap((offer, index) => {
        const position = map.unproject([cluster.x + offsets[index]!.dx, cluster.y + offsets[index]!.dy], zoom);
        return [
          <Polyline
            key={`${offer.id}-leg`}
            positions={[centre, position]}
            className="search-map__leg"
            interactive={false}
          />,
          <OfferMarker
            key={offer.id}
            offer={offer}
            position={position}
            lit={lit.has(offer.id)}
            {...{ onHighlight, onChoose }}
          />,
        ];
      });
    }
    const choose = () => {
      if (clusterChoice(members, zoom, map.getMaxZoom()) === 'spread') setSpread({ key, zoom });
      else {
        // Deep enough to show the whole group, and always at least one step deeper.
        const bounds = latLngBounds(members.map(({ lat, lng }) => [lat, lng]));
        map.setView(bounds.getCenter(), Math.max(zoom + 1, map.getBoundsZoom(bounds.pad(0.25))), { animate });
      }
    };
    return (
      <ClusterMarker
        key={key}
        ids={cluster.ids}
        position={centre}
        lit={cluster.ids.some((id) => lit.has(id))}
        onHighlight={onHighlight}
        onChoose={choose}
      />
    );
  });
}

function OfferMarker({
  offer,
  position,
  lit,
  onHighlight,
  onChoose,
}: {
  offer: MapOffer;
  position: [number, number] | { lat: number; lng: number };
  lit: boolean;
  onHighlight: (ids: readonly string[]) => void;
  onChoose: (id: string) => void;
}) {
  const ref = useRef<LeafletCircleMarker>(null);
  // Runs after react-leaflet has added the marker to the map, so its SVG element exists.
  useEffect(() => {
    const marker = ref.current;
    const element = marker?.getElement();
    if (!marker || !element) return;
    element.setAttribute('data-offer-ids', offer.id);
    element.toggleAttribute('data-highlighted', lit);
    if (lit) {
      marker.bringToFront();
      marker.openTooltip();
    } else marker.closeTooltip();
  }, [offer.id, lit]);
  return (
    <CircleMarker
      ref={ref}
      center={position}
      radius={lit ? OFFER_RADIUS + 3 : OFFER_RADIUS}
      className="search-map__offer"
      // Choosing an offer is not a click on the map, which closes a spread group.
      bubblingMouseEvents={false}
      eventHandlers={{
        mouseover: () => onHighlight([offer.id]),
        mouseout: () => onHighlight([]),
        click: () => onChoose(offer.id),
      }}
    >
      <Tooltip direction="top" offset={[0, -OFFER_RADIUS]}>
        {offer.title}
      </Tooltip>
    </CircleMarker>
  );
}

function ClusterMarker({
  ids,
  position,
  lit,
  onHighlight,
  onChoose,
}: {
  ids: string[];
  position: { lat: number; lng: number };
  lit: boolean;
  onHighlight: (ids: readonly string[]) => void;
  onChoose: () => void;
}) {
  // Plain HTML, no image: the count on a round badge (search-map.css).
  const icon = useMemo(
    () =>
      divIcon({
        className: 'search-map__cluster',
        iconSize: point(CLUSTER_SIZE_PX, CLUSTER_SIZE_PX),
        html: `<span data-offer-ids="${ids.join(' ')}"${lit ? ' data-highlighted' : ''}>${ids.length}</span>`,
      }),
    [ids, lit],
  );
  return (
    <Marker
      position={position}
      icon={icon}
      keyboard={false}
      zIndexOffset={lit ? 1000 : 0}
      eventHandlers={{ mouseover: () => onHighlight(ids), mouseout: () => onHighlight([]), click: onChoose }}
    />
  );
}
