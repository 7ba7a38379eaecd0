import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { AGREEMENT_STATE_LABELS } from '@/lib/agreements/labels';
import type { AgreementState } from '@/lib/agreements/rules';

export const AGREEMENT_STATE_SEVERITY = {
  to_complete: 'warning',
  ready_to_sign: 'info',
  signing: 'new',
  signed: 'success',
  canceled: 'error',
} as const satisfies Record<AgreementState, 'info' | 'warning' | 'success' | 'error' | 'new'>;

/** A convention's state in words (its colour only repeats them). */
export function AgreementStateBadge({ state, small = false }: { state: AgreementState; small?: boolean }) {
  return (
    <Badge as="span" severity={AGREEMENT_STATE_SEVERITY[state]} noIcon small={small}>
      {AGREEMENT_STATE_LABELS[state]}
    </Badge>
  );
}
