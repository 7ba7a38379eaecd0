/**
 * The INSEE department of a French postcode, or null when it cannot be told: Corsica's 20xxx
 * codes split at 20200 (2A below, 2B from there), overseas codes take three digits (971-974, 976), and
 * 98xxx (Monaco, Pacific collectivities) have no department of ours. A few postcodes cross a
 * department border (e.g. 05110 in the Alpes-de-Haute-Provence); statistics can live with that.
 */
export function departmentFromPostcode(postcode: string): string | null {
  if (!/^[0-9]{5}$/.test(postcode)) return null;
  const two = postcode.slice(0, 2);
  if (two === '00') return null;
  if (two === '20') return Number(postcode) < 20200 ? '2A' : '2B';
  if (two === '97') return /^97[1-46]/.test(postcode) ? postcode.slice(0, 3) : null;
  if (two === '98') return null;
  return two;
}
