'use client';

import { useEffect, useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { HookCheckbox } from '@/components/forms/hook-fields';
import { reservationSchema } from '@/lib/offers/schemas';
import type { z } from 'zod';
import { OfferStepForm } from './offer-step-form';

export interface SchoolChoice {
  id: string;
  name: string;
  commune: string;
  uai: string;
}

/**
 * Step 6: optionally reserve the offer for partner collèges (circular, Annex 3). A reserved offer
 * is seen only by those collèges' pupils and staff.
 */
export function ReservationStep({
  offerId,
  defaultValues,
  chosen,
}: {
  offerId: string;
  defaultValues: z.input<typeof reservationSchema>;
  chosen: SchoolChoice[];
}) {
  return (
    <OfferStepForm step="reservation" offerId={offerId} schema={reservationSchema} defaultValues={defaultValues}>
      <HookCheckbox
        name="reserved"
        label="Réserver cette offre à un ou plusieurs collèges"
        hint="Par exemple des collèges avec lesquels vous avez un partenariat. Seuls leurs élèves et leurs équipes verront l’offre."
      />
      <SchoolPicker initial={chosen} />
    </OfferStepForm>
  );
}

function SchoolPicker({ initial }: { initial: SchoolChoice[] }) {
  const { setValue, getFieldState, formState } = useFormContext<z.input<typeof reservationSchema>>();
  const reserved = useWatch<z.input<typeof reservationSchema>, 'reserved'>({ name: 'reserved' });
  const [chosen, setChosen] = useState(initial);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SchoolChoice[] | null>(null);
  const id = useId();
  const error = getFieldState('schoolIds', formState).error?.message;

  useEffect(() => {
    setValue(
      'schoolIds',
      chosen.map((school) => school.id),
      { shouldDirty: true, shouldValidate: formState.isSubmitted },
    );
  }, [chosen, setValue, formState.isSubmitted]);

  if (!reserved) return null;

  async function search() {
    if (query.trim().length < 2) return setResults([]);
    const response = await fetch(`/api/etablissements?q=${encodeURIComponent(query.trim())}`);
    setResults(response.ok ? ((await response.json()) as { schools: SchoolChoice[] }).schools : []);
  }

  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <h2 className="fr-h6">Collèges choisis</h2>
      {chosen.length === 0 ? (
        <p>Aucun collège choisi pour l’instant : cherchez-les ci-dessous.</p>
      ) : (
        <ul>
          {chosen.map((school) => (
            <li key={school.id}>
              {school.name} ({school.commune}, {school.uai}){' '}
              <Button
                type="button"
                size="small"
                priority="tertiary no outline"
                onClick={() => setChosen(chosen.filter((c) => c.id !== school.id))}
              >
                Retirer<span className="fr-sr-only"> {school.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="fr-error-text" id={`${id}-error`}>
          {error}
        </p>
      )}
      <label className="fr-label fr-mt-2w" htmlFor={`${id}-q`}>
        Chercher un collège
        <span className="fr-hint-text">Nom, commune ou numéro UAI</span>
      </label>
      <div className="fr-search-bar fr-mt-1w">
        <input
          id={`${id}-q`}
          className="fr-input"
          type="search"
          value={query}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void search();
            }
          }}
        />
        <button type="button" className="fr-btn" onClick={() => void search()} title="Chercher">
          Chercher
        </button>
      </div>
      <div aria-live="polite">
        {results &&
          (results.length === 0 ? (
            <p className="fr-mt-2w">Aucun collège trouvé. Vérifiez l’orthographe ou cherchez par commune.</p>
          ) : (
            <ul className="fr-mt-2w">
              {results.map((school) => {
                const already = chosen.some((c) => c.id === school.id);
                return (
                  <li key={school.id}>
                    {school.name} ({school.commune}, {school.uai}){' '}
                    <Button
                      type="button"
                      size="small"
                      priority="secondary"
                      disabled={already}
                      onClick={() => setChosen([...chosen, school])}
                    >
                      {already ? 'Ajouté' : 'Ajouter'}
                      <span className="fr-sr-only"> {school.name}</span>
                    </Button>
                  </li>
                );
              })}
            </ul>
          ))}
      </div>
    </div>
  );
}
