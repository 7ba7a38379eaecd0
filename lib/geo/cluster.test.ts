import { describe, expect, it } from 'vitest';
import { clusterChoice, clusterKey, clusterPoints, spreadOffsets } from './cluster';

describe('clusterPoints', () => {
  it('keeps markers apart when they do not overlap', () => {
    const clusters = clusterPoints(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 100, y: 0 },
      ],
      30,
    );
    expect(clusters).toEqual([
      { ids: ['a'], x: 0, y: 0 },
      { ids: ['b'], x: 100, y: 0 },
    ]);
  });

  it('groups close markers, in list order, around the centre of their members', () => {
    const clusters = clusterPoints(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'far', x: 200, y: 200 },
        { id: 'b', x: 20, y: 0 },
        { id: 'c', x: 0, y: 30 },
      ],
      30,
    );
    expect(clusters).toEqual([
      { ids: ['a', 'b', 'c'], x: 20 / 3, y: 10 },
      { ids: ['far'], x: 200, y: 200 },
    ]);
  });

  it('measures from the first member: a chain of close markers does not grow without end', () => {
    const chain = [0, 25, 50, 75].map((x, index) => ({ id: String(index), x, y: 0 }));
    expect(clusterPoints(chain, 30).map((cluster) => cluster.ids)).toEqual([
      ['0', '1'],
      ['2', '3'],
    ]);
  });

  it('groups markers at exactly the same place, and keeps every one of them', () => {
    const same = ['a', 'b', 'c', 'd'].map((id) => ({ id, x: 512, y: 384 }));
    const clusters = clusterPoints(same, 30);
    expect(clusters).toEqual([{ ids: ['a', 'b', 'c', 'd'], x: 512, y: 384 }]);
  });

  it('gives nothing for nothing', () => {
    expect(clusterPoints([], 30)).toEqual([]);
  });
});

describe('clusterChoice', () => {
  const saintDenis = { lat: 48.936, lng: 2.357 };
  const bobigny = { lat: 48.908, lng: 2.439 };

  it('zooms in while zooming can still separate the members', () => {
    expect(clusterChoice([saintDenis, bobigny], 10, 18)).toBe('zoom');
  });

  it('spreads the members at the deepest zoom', () => {
    expect(clusterChoice([saintDenis, bobigny], 18, 18)).toBe('spread');
  });

  it('spreads offers at exactly the same place at once: no zoom would separate them', () => {
    expect(clusterChoice([saintDenis, { ...saintDenis }, { ...saintDenis }], 6, 18)).toBe('spread');
  });
});

describe('spreadOffsets', () => {
  it('lays the markers on a circle, the first at the top, then clockwise', () => {
    const offsets = spreadOffsets(4, 20, 30);
    expect(offsets.map(({ dx, dy }) => [Math.round(dx), Math.round(dy)])).toEqual([
      [0, -30],
      [30, 0],
      [0, 30],
      [-30, 0],
    ]);
  });

  it('widens the circle so that many markers stay spacingPx apart', () => {
    const offsets = spreadOffsets(40, 20, 30);
    const [first, second] = offsets;
    expect(Math.hypot(first!.dx - second!.dx, first!.dy - second!.dy)).toBeGreaterThan(19.9);
    expect(Math.hypot(first!.dx, first!.dy)).toBeCloseTo((40 * 20) / (2 * Math.PI));
  });
});

describe('clusterKey', () => {
  it('names a group by its members whatever their order', () => {
    expect(clusterKey(['b', 'a'])).toBe(clusterKey(['a', 'b']));
    expect(clusterKey(['a', 'b'])).not.toBe(clusterKey(['a', 'c']));
  });
});
