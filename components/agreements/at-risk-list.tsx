import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { AGREEMENT_STATE_LABELS } from '@/lib/agreements/labels';
import { RISK_DAYS, type AgreementAtRisk } from '@/lib/agreements/risk-queries';
import { formatWeek } from '@/lib/calendar/format';
import { plural } from '@/lib/text/words';

/*
 * « Conventions à surveiller » on the school's and the host's dashboards (risk-queries.ts): those
 * not signed by all whose week starts within two weeks or has started, the earliest first, each
 * leading to its page, then the whole list.
 */

const SHOWN = 10;

const PATHS = { school: '/etablissement/conventions', host: '/entreprise/conventions' } as const;

export function AtRiskAgreements({ rows, side }: { rows: AgreementAtRisk[]; side: 'school' | 'host' }) {
  const base = PATHS[side];
  const hidden = rows.length - SHOWN;
  return (
    <section aria-labelledby="conventions-a-surveiller" className={fr.cx('fr-mt-4w')}>
      <h2 id="conventions-a-surveiller" className={fr.cx('fr-h4')}>
        Conventions à surveiller
      </h2>
      {rows.length === 0 ? (
        <p>Aucune convention à surveiller : celles des stages des {RISK_DAYS} prochains jours sont signées par tous.</p>
      ) : (
        <>
          <p>
            {rows.length > 1
              ? `${rows.length} conventions ne sont pas encore signées par tous alors que leur stage commence dans moins de ${RISK_DAYS} jours ou a commencé.`
              : `Une convention n’est pas encore signée par tous alors que son stage commence dans moins de ${RISK_DAYS} jours ou a commencé.`}
          </p>
          <ul className={fr.cx('fr-raw-list')}>
            {rows.slice(0, SHOWN).map((row) => (
              <li
                key={row.id}
                className={fr.cx('fr-py-2w')}
                style={{ borderBottom: '1px solid var(--border-default-grey)' }}
              >
                <p className={fr.cx('fr-mb-1v')}>
                  <Link href={`${base}/${row.id}`} className={fr.cx('fr-text--bold')}>
                    Convention de {row.pupilName}
                  </Link>{' '}
                  · {side === 'school' ? row.hostName : row.offerTitle} · {formatWeek(row.week)}
                </p>
                <ul className={fr.cx('fr-badges-group')}>
                  {row.started && (
                    <li>
                      <Badge as="span" severity="error" small>
                        Le stage a commencé
                      </Badge>
                    </li>
                  )}
                  <li>
                    <Badge as="span" severity={row.state === 'to_complete' ? 'warning' : 'info'} small noIcon>
                      {AGREEMENT_STATE_LABELS[row.state]}
                    </Badge>
                  </li>
                  <li>
                    <Badge as="span" small noIcon>
                      {row.state === 'to_complete'
                        ? 'Une partie reste à compléter'
                        : `${plural(row.missingSigners, 'signature')} ${row.missingSigners > 1 ? 'manquantes' : 'manquante'}`}
                    </Badge>
                  </li>
                </ul>
              </li>
            ))}
          </ul>
          {hidden > 0 && <p className={fr.cx('fr-mt-2w')}>Et {plural(hidden, 'autre convention')} à surveiller.</p>}
        </>
      )}
      <p className={fr.cx('fr-mt-2w')}>
        <Link href={base} className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}>
          Voir toutes les conventions
        </Link>
      </p>
    </section>
  );
}
