/**
 * SIRET checks for the host sign-up form. A SIRET is the 9-digit SIREN of the company followed by
 * a 5-digit establishment number (NIC); INSEE makes the 14 digits pass the Luhn checksum, except for
 * La Poste, whose tens of thousands of establishments share SIREN 356000000 and could not all get a
 * Luhn-valid NIC: theirs satisfy "sum of the digits is a multiple of 5" instead.
 */

export const SIRET_LENGTH_MESSAGE = 'Le numéro SIRET doit comporter 14 chiffres.';
export const SIRET_CHECKSUM_MESSAGE =
  'Ce numéro SIRET n’est pas valide : vérifiez-le sur votre fiche Insee ou sur l’annuaire des entreprises.';

const LA_POSTE_SIREN = '356000000';

/** People copy SIRETs as printed ("884 123 792 00019"): spaces, including non-breaking ones, are dropped. */
export function normaliseSiret(input: string): string {
  return input.replace(/[\s\u00a0\u202f]/g, '');
}

/** The French message to show for a typed SIRET, or null when it is valid. */
export function siretError(input: string): string | null {
  const siret = normaliseSiret(input);
  if (!/^[0-9]{14}$/.test(siret)) return SIRET_LENGTH_MESSAGE;
  return isValidSiretChecksum(siret) ? null : SIRET_CHECKSUM_MESSAGE;
}

export function isValidSiretChecksum(siret: string): boolean {
  if (luhn(siret)) return true;
  return siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 === 0;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Every second digit from the right is doubled.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, d) => sum + Number(d), 0);
}
