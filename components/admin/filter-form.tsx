import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';

/** A GET form of selects (campaign, zone, year): works without JavaScript and gives a shareable URL. */
export function FilterForm({
  action,
  selects,
  submitLabel = 'Afficher',
}: {
  action: string;
  selects: { name: string; label: string; value: string; options: { value: string; label: string }[] }[];
  submitLabel?: string;
}) {
  return (
    <form
      method="get"
      action={action}
      className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom', 'fr-mb-4w')}
    >
      {selects.map((select) => (
        <div key={select.name} className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select label={select.label} nativeSelectProps={{ name: select.name, defaultValue: select.value }}>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </div>
      ))}
      <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
        <Button type="submit" priority="secondary" className={fr.cx('fr-mb-3w')}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
