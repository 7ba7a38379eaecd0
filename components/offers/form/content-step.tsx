'use client';

import { useWatch } from 'react-hook-form';
import { HookSelectField, HookTextField } from '@/components/forms/hook-fields';
import { contentSchema } from '@/lib/offers/schemas';
import type { z } from 'zod';
import { OfferStepForm } from './offer-step-form';

type Sector = { value: string; label: string; onisepUrl: string | null };

/**
 * Step 2: what the pupil will observe and the jobs discovered (Annex 3), in an ONISEP sector. The
 * fields have no maxLength: a pasted text too long is kept whole and the message says the limit,
 * rather than being cut silently.
 */
export function ContentStep({
  offerId,
  defaultValues,
  sectors,
}: {
  offerId: string;
  defaultValues: z.input<typeof contentSchema>;
  sectors: Sector[];
}) {
  return (
    <OfferStepForm step="contenu" offerId={offerId} schema={contentSchema} defaultValues={defaultValues}>
      <HookTextField
        name="title"
        label="Titre de l’offre"
        hint="Le métier ou le service, en quelques mots : c’est ce que les élèves lisent d’abord. 150 caractères au plus."
        required
      />
      <HookTextField
        name="description"
        label="Ce que l’élève observera"
        hint="Les activités de la semaine, les services visités, les temps d’échange avec vos équipes. 5 000 caractères au plus."
        textArea
        rows={8}
        required
      />
      <HookTextField
        name="jobsDiscovered"
        label="Les métiers que l’élève découvrira"
        hint="Des métiers à différents niveaux de qualification, par exemple : préparateur de commandes, cariste, responsable d’entrepôt."
        textArea
        rows={4}
        required
      />
      <HookSelectField
        name="sectorId"
        label="Secteur d’activité"
        hint="La liste des secteurs de l’ONISEP, que les élèves utilisent pour chercher."
        options={sectors}
        placeholder="Choisissez un secteur"
      />
      <OnisepLink sectors={sectors} />
    </OfferStepForm>
  );
}

/** The chosen sector's ONISEP page, for the host to check the sector fits. */
function OnisepLink({ sectors }: { sectors: Sector[] }) {
  const sectorId = useWatch({ name: 'sectorId' }) as string | undefined;
  const url = sectors.find((sector) => sector.value === sectorId)?.onisepUrl;
  if (!url) return null;
  return (
    <p className="fr-text--sm">
      <a
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        title="Ce secteur sur le site de l’ONISEP - nouvelle fenêtre"
      >
        Ce secteur sur le site de l’ONISEP
      </a>
    </p>
  );
}
