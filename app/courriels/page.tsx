import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { PageContainer } from '@/components/layout/page-container';
import { isDevMailboxEnabled, splitLinks } from '@/lib/notifications/mailbox';
import { listDevMailbox, type MailboxMessage } from '@/lib/notifications/queries';
import { formatDateTime } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Boîte de démonstration', robots: { index: false } };

const statusBadges: Record<MailboxMessage['status'], { label: string; severity: 'success' | 'info' | 'error' }> = {
  sent: { label: 'Traité', severity: 'success' },
  pending: { label: 'En attente', severity: 'info' },
  failed: { label: 'Échec', severity: 'error' },
};

/**
 * The outbox as an inbox, for demonstrations and end-to-end tests: invitations and reset links can
 * be followed without a mail server. Exists only in demo mode (DEMO=1) on the embedded database
 * without SMTP_URL: anywhere else it answers 404.
 */
export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ a?: string | string[] }> }) {
  // Demo mode is the running server's (the same build serves with and without it), never the build's.
  await connection();
  if (!isDevMailboxEnabled()) notFound();
  const { a } = await searchParams;
  const recipient = typeof a === 'string' && a.trim() ? a.trim() : undefined;
  const messages = await listDevMailbox({ recipient });

  return (
    <PageContainer title="Boîte de démonstration" breadcrumb="Boîte de démonstration">
      <Alert
        className={fr.cx('fr-mb-4w')}
        severity="info"
        as="h2"
        title="Aucun courriel n’est réellement envoyé"
        description="Ce site fonctionne en mode démonstration : les messages que le service enverrait s’affichent ici, liens compris, les 50 plus récents d’abord."
      />
      <form
        method="get"
        action="/courriels"
        className={fr.cx('fr-mb-4w')}
        role="search"
        aria-label="Filtrer les messages"
      >
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Input
              label="Destinataire"
              hintText="Adresse électronique exacte"
              nativeInputProps={{
                name: 'a',
                type: 'email',
                defaultValue: recipient ?? '',
                autoComplete: 'off',
                spellCheck: false,
              }}
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mb-3w')}>
              <li>
                <Button type="submit">Filtrer</Button>
              </li>
              {recipient && (
                <li>
                  <Button priority="secondary" linkProps={{ href: '/courriels' }}>
                    Tous les messages
                  </Button>
                </li>
              )}
            </ul>
          </div>
        </div>
      </form>

      <h2>
        {messages.length === 0
          ? 'Aucun message'
          : `${messages.length} message${messages.length > 1 ? 's' : ''}${recipient ? ` pour ${recipient}` : ''}`}
      </h2>
      {messages.length === 0 && (
        <p>
          Les invitations, les liens de réinitialisation et les autres messages du service apparaîtront ici dès leur
          envoi.
        </p>
      )}
      {messages.map((message) => (
        <article
          key={message.id}
          aria-labelledby={`message-${message.id}`}
          className={fr.cx('fr-p-3w', 'fr-mb-3w')}
          style={{ border: '1px solid var(--border-default-grey)' }}
        >
          <h3 id={`message-${message.id}`} className={fr.cx('fr-h6', 'fr-mb-1w')}>
            {message.subject}
          </h3>
          <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>
            À <strong>{message.to}</strong>, le {formatDateTime(message.createdAt)}{' '}
            <Badge as="span" small noIcon severity={statusBadges[message.status].severity}>
              {statusBadges[message.status].label}
            </Badge>
          </p>
          <p className={fr.cx('fr-mb-0')} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {splitLinks(message.text).map((part, i) =>
              'href' in part ? (
                <a key={i} href={part.href}>
                  {part.href}
                </a>
              ) : (
                part.text
              ),
            )}
          </p>
        </article>
      ))}
    </PageContainer>
  );
}
