'use client';

import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { useHeaderState } from './header-state';

/**
 * The DSFR "important information" notice, under the header of every page while demo mode is on
 * (DEMO=1): nobody mistakes the demonstration for the real service or types real data into it.
 * The same build serves with and without DEMO=1, so the server says it at run time (GET
 * /api/session), never the prerendered page.
 */
export function DemoBanner() {
  if (!useHeaderState().state.demo) return null;
  return (
    <Notice
      title="Démonstration — données fictives"
      description="Les personnes, collèges, structures et offres de ce site sont inventés : n’y saisissez aucune donnée réelle."
    />
  );
}
