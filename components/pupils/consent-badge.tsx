import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { formatDate } from '@/lib/calendar/format';

/** Where a pupil stands with the parental authorisation, in words (never by colour alone). */
export function ConsentBadge({ consentAt, style = 'long' }: { consentAt: Date | null; style?: 'long' | 'short' }) {
  return consentAt ? (
    <Badge as="span" severity="success" small>
      {`Reçue le ${formatDate(consentAt, style)}`}
    </Badge>
  ) : (
    <Badge as="span" severity="warning" small>
      En attente
    </Badge>
  );
}
