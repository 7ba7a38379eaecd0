import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { ActionForm } from '@/components/forms/action-form';
import { revokeApiTokenAction } from '@/lib/api/token-actions';
import type { ApiTokenRow } from '@/lib/api/token-queries';
import { formatDateTime } from '@/lib/calendar/format';

/**
 * An operator's tokens, one block each (readable on a phone, unlike a wide table), with « Révoquer »
 * behind a « Je confirme » box for those still in use.
 */
export function TokenList({ tokens, headingLevel = 'h3' }: { tokens: ApiTokenRow[]; headingLevel?: 'h3' | 'h4' }) {
  if (tokens.length === 0) return <p>Aucun jeton pour l’instant.</p>;
  const Heading = headingLevel;
  return (
    <ul className={fr.cx('fr-raw-list')}>
      {tokens.map((token) => (
        <li
          key={token.id}
          className={fr.cx('fr-py-2w')}
          style={{ borderBottom: '1px solid var(--border-default-grey)' }}
        >
          <Heading className={fr.cx('fr-text--lg', 'fr-mb-1v')}>
            {token.name}{' '}
            <Badge as="span" small severity={token.revokedAt ? 'error' : 'success'} noIcon>
              {token.revokedAt ? 'Révoqué' : 'Actif'}
            </Badge>
          </Heading>
          <ul className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
            <li>
              Créé le {formatDateTime(token.createdAt)}
              {token.createdBy ? ` par ${token.createdBy}` : ''}
            </li>
            <li>Dernière utilisation : {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'jamais'}</li>
            {token.revokedAt && <li>Révoqué le {formatDateTime(token.revokedAt)}</li>}
          </ul>
          {!token.revokedAt && (
            <ActionForm
              action={revokeApiTokenAction}
              hidden={{ tokenId: token.id }}
              priority="secondary"
              confirmLabel={`Je confirme la révocation de « ${token.name} » : les appels qui l’utilisent seront refusés aussitôt.`}
              submitLabel={
                <>
                  Révoquer<span className={fr.cx('fr-sr-only')}> le jeton {token.name}</span>
                </>
              }
            />
          )}
        </li>
      ))}
    </ul>
  );
}
