import { describe, expect, it } from 'vitest';
import {
  isValidSiretChecksum,
  normaliseSiret,
  SIRET_CHECKSUM_MESSAGE,
  SIRET_LENGTH_MESSAGE,
  siretError,
} from './siret';

describe('siretError', () => {
  it('accepts a valid SIRET, typed with or without spaces', () => {
    expect(siretError('88412379200019')).toBeNull();
    expect(siretError('884 123 792 00019')).toBeNull();
    expect(siretError(' 884\u00a0123\u00a0792\u00a000019 ')).toBeNull();
  });

  it('accepts La Poste establishments, whose check is the sum of digits multiple of 5', () => {
    // Head office: Luhn-valid like any other SIRET.
    expect(siretError('35600000000048')).toBeNull();
    // 3+5+6+0+0+0+0+0+0+0+0+0+1+0 = 15: not Luhn-valid, but a multiple of 5.
    expect(isValidSiretChecksum('35600000000010')).toBe(true);
    expect(siretError('35600000000010')).toBeNull();
    // 3+5+6+1+1 = 16: neither rule holds.
    expect(siretError('35600000000011')).toBe(SIRET_CHECKSUM_MESSAGE);
  });

  it('does not extend the La Poste exception to other companies', () => {
    // Digits sum to 50, a multiple of 5, but the SIREN is not La Poste's and Luhn fails.
    expect(siretError('88412379200015')).toBe(SIRET_CHECKSUM_MESSAGE);
  });

  it('refuses a mistyped digit or two swapped digits', () => {
    expect(siretError('88412379200018')).toBe(SIRET_CHECKSUM_MESSAGE);
    expect(siretError('84812379200019')).toBe(SIRET_CHECKSUM_MESSAGE);
  });

  it('asks for 14 digits when the length or characters are wrong', () => {
    expect(siretError('884123792')).toBe(SIRET_LENGTH_MESSAGE);
    expect(siretError('884123792000190')).toBe(SIRET_LENGTH_MESSAGE);
    expect(siretError('8841237920001A')).toBe(SIRET_LENGTH_MESSAGE);
    expect(siretError('')).toBe(SIRET_LENGTH_MESSAGE);
  });

  it('normalises spaces only', () => {
    expect(normaliseSiret('884 123 792 00019')).toBe('88412379200019');
    expect(normaliseSiret('884-123')).toBe('884-123');
  });
});
