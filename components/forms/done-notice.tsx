import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { DONE_PARAM } from '@/lib/forms';

/** A short confirmation, or one with a heading when the page continues the user's task. */
export type Notice = string | { title: string; description: string };

/**
 * The confirmation shown after an action redirected with `?fait=<code>` (doneHref in lib/forms).
 * Only the fixed messages of `messages` can appear: the query string cannot inject text into the
 * page. Give it the page's searchParams.
 */
export function DoneNotice({
  searchParams,
  messages,
}: {
  searchParams: Record<string, string | string[] | undefined>;
  messages: Record<string, Notice>;
}) {
  const code = searchParams[DONE_PARAM];
  const notice = typeof code === 'string' && Object.hasOwn(messages, code) ? messages[code] : undefined;
  if (!notice) return null;
  return typeof notice === 'string' ? (
    <Alert className={fr.cx('fr-mb-4w')} severity="success" small description={notice} role="status" />
  ) : (
    <Alert className={fr.cx('fr-mb-4w')} severity="success" as="h2" {...notice} role="status" />
  );
}
