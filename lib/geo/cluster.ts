/*
 * Marker clustering for the search map, on screen positions (pixels at the map's current zoom, as
 * Leaflet's `map.project` gives them): markers closer than a few pixels would hide one another, so
 * they are drawn as one marker showing their count. Kept here, pure, rather than pulling
 * leaflet.markercluster (about 10 KB more to download) for a page that shows one page of results.
 */

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface PointCluster {
  /** Members in the order they were given (the list's order). */
  ids: string[];
  /** Centre of the members, in the same pixels. */
  x: number;
  y: number;
}

/**
 * Groups points greedily in the given order: each point joins the first group whose first point is
 * within `radiusPx`, or starts a new group. A point never moves the group's anchor, so the groups
 * do not drift from one zoom to the next, and the result only depends on the order and positions.
 */
export function clusterPoints(points: readonly ScreenPoint[], radiusPx: number): PointCluster[] {
  const groups: { anchor: ScreenPoint; members: ScreenPoint[] }[] = [];
  for (const point of points) {
    const group = groups.find(({ anchor }) => Math.hypot(anchor.x - point.x, anchor.y - point.y) <= radiusPx);
    if (group) group.members.push(point);
    else groups.push({ anchor: point, members: [point] });
  }
  return groups.map(({ members }) => ({
    ids: members.map((member) => member.id),
    x: members.reduce((sum, member) => sum + member.x, 0) / members.length,
    y: members.reduce((sum, member) => sum + member.y, 0) / members.length,
  }));
}

/**
 * What choosing a group does: zoom in on it while zooming can still separate its members, or
 * spread them around their centre when it cannot (the deepest zoom already, or offers at exactly
 * the same place, as offers placed at the centre of their commune often are).
 */
export function clusterChoice(
  members: readonly { lat: number; lng: number }[],
  zoom: number,
  maxZoom: number,
): 'zoom' | 'spread' {
  const [first] = members;
  const samePlace = members.every((member) => member.lat === first?.lat && member.lng === first?.lng);
  return samePlace || zoom >= maxZoom ? 'spread' : 'zoom';
}

/**
 * Offsets (pixels) that lay `count` markers on a circle around their common centre, `spacingPx`
 * apart along the circle and never closer than `minRadiusPx` to the centre, the first one at the
 * top and the others clockwise (the list's order read like a clock).
 */
export function spreadOffsets(count: number, spacingPx: number, minRadiusPx: number): { dx: number; dy: number }[] {
  const radius = Math.max(minRadiusPx, (count * spacingPx) / (2 * Math.PI));
  return Array.from({ length: count }, (_, index) => {
    const angle = (2 * Math.PI * index) / count - Math.PI / 2;
    return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
  });
}

/** A stable name for a group: its members, whatever their order. */
export function clusterKey(ids: readonly string[]): string {
  return [...ids].sort().join(' ');
}
