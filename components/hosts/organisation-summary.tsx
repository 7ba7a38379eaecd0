import { fr } from '@codegouvfr/react-dsfr';
import { ORGANISATION_KIND_LABELS } from '@/lib/hosts/labels';
import type { OrganisationSummary as Summary } from '@/lib/hosts/queries';

/** What the service knows of an organisation, as its members and partners read it. */
export function OrganisationFacts({ organisation }: { organisation: Summary }) {
  const place = [organisation.postcode, organisation.commune].filter(Boolean).join(' ');
  return (
    <ul className={fr.cx('fr-mb-0')}>
      <li>{ORGANISATION_KIND_LABELS[organisation.kind]}</li>
      {organisation.ministry && <li>Ministère de tutelle : {organisation.ministry}</li>}
      {organisation.paqteGroup && <li>Groupe signataire du PAQTE : {organisation.paqteGroup}</li>}
      {organisation.siret && (
        <li>SIRET : {organisation.siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4')}</li>
      )}
      {place && <li>{place}</li>}
    </ul>
  );
}
