import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { isDemoMode } from '@/lib/demo/accounts';

/**
 * The DSFR "important information" notice, under the header of every page while demo mode is on
 * (DEMO=1): nobody mistakes the demonstration for the real service or types real data into it.
 * Read at request time (the header's session already makes every page dynamic).
 */
export function DemoBanner() {
  if (!isDemoMode()) return null;
  return (
    <Notice
      title="Démonstration — données fictives"
      description="Les personnes, collèges, structures et offres de ce site sont inventés : n’y saisissez aucune donnée réelle."
    />
  );
}
