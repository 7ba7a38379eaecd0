import { describe, expect, it } from 'vitest';
import { boundingBox, haversineKm } from './distance';

const saintDenis = { lat: 48.9355, lng: 2.3575 };
const marseille = { lat: 43.2965, lng: 5.3698 };

describe('haversineKm', () => {
  it('measures great-circle distances', () => {
    expect(haversineKm(saintDenis, saintDenis)).toBe(0);
    // Saint-Denis to Marseille: about 665 km as the crow flies.
    expect(haversineKm(saintDenis, marseille)).toBeGreaterThan(655);
    expect(haversineKm(saintDenis, marseille)).toBeLessThan(675);
  });
});

describe('boundingBox', () => {
  it('holds every point within the radius, in every direction', () => {
    const box = boundingBox(saintDenis, 60);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // A point 59.9 km away on this bearing (small-distance approximation, well within the margin).
      const rad = (bearing * Math.PI) / 180;
      const point = {
        lat: saintDenis.lat + (59.9 / 111.195) * Math.cos(rad),
        lng: saintDenis.lng + (59.9 / (111.195 * Math.cos((saintDenis.lat * Math.PI) / 180))) * Math.sin(rad),
      };
      expect(haversineKm(saintDenis, point)).toBeLessThan(60.5);
      expect(
        point.lat >= box.minLat && point.lat <= box.maxLat && point.lng >= box.minLng && point.lng <= box.maxLng,
      ).toBe(true);
    }
  });

  it('is wider in longitude than in latitude away from the equator, and whole near a pole', () => {
    const box = boundingBox(saintDenis, 60);
    expect(box.maxLng - box.minLng).toBeGreaterThan(1.4 * (box.maxLat - box.minLat));
    expect(boundingBox({ lat: 90, lng: 0 }, 10)).toMatchObject({ minLng: -180, maxLng: 180 });
  });
});
