import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';

/**
 * The confirmation shown after an action redirected with ?fait=<code>. Only the fixed
 * messages of `messages` can appear: the query string cannot inject text into the page.
 */
export function DoneNotice({
  done,
  messages,
}: {
  done: string | string[] | undefined;
  messages: Record<string, string>;
}) {
  const message = typeof done === 'string' ? messages[done] : undefined;
  if (!message) return null;
  return <Alert className={fr.cx('fr-mb-4w')} severity="success" small description={message} role="status" />;
}
