const NUMBER = new Intl.NumberFormat('fr-FR');

/**
 * The map's text equivalent: the map itself is hidden from assistive technologies, so this says
 * what it shows and where the same offers are, e.g. « Carte des 20 offres de cette page sur 312,
 * autour de Collège Henri Barbusse, rayon 60 km. La liste des résultats contient les mêmes offres. »
 */
export function mapSummary({
  shown,
  total,
  centre,
  radiusKm,
}: {
  /** Offers placed on the map: the current page. */
  shown: number;
  total: number;
  centre: string | null;
  radiusKm: number | null;
}): string {
  const where = [centre && `autour de ${centre}`, radiusKm !== null && `rayon ${radiusKm} km`]
    .filter(Boolean)
    .join(', ');
  if (shown === 0) return `Carte de la zone de recherche${where && `, ${where}`} : aucune offre à y placer.`;
  const what = shown > 1 ? `des ${NUMBER.format(shown)} offres` : total > 1 ? 'de l’offre' : 'de l’offre trouvée';
  const page = shown < total ? ` de cette page sur ${NUMBER.format(total)}` : '';
  const same = shown > 1 ? 'les mêmes offres' : 'la même offre';
  return `Carte ${what}${page}${where && `, ${where}`}. La liste des résultats contient ${same}.`;
}
