import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';

/**
 * The DSFR "page d'erreur" template: error title, code, explanation and ways out. Used by
 * not-found, forbidden and error boundaries so that every error looks and reads the same.
 */
export function ErrorPage({
  title,
  code,
  lead,
  children,
  actions,
}: {
  title: string;
  code?: string;
  lead: string;
  children?: ReactNode;
  actions: ReactNode[];
}) {
  return (
    <div className={fr.cx('fr-container')}>
      <div
        className={fr.cx(
          'fr-my-7w',
          'fr-mt-md-12w',
          'fr-mb-md-10w',
          'fr-grid-row',
          'fr-grid-row--gutters',
          'fr-grid-row--middle',
          'fr-grid-row--center',
        )}
      >
        <div className={fr.cx('fr-py-0', 'fr-col-12', 'fr-col-md-6')}>
          <h1>{title}</h1>
          {code && <p className={fr.cx('fr-text--sm', 'fr-mb-3w')}>{code}</p>}
          <p className={fr.cx('fr-text--lead', 'fr-mb-3w')}>{lead}</p>
          {children && <div className={fr.cx('fr-text--sm', 'fr-mb-5w')}>{children}</div>}
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
            {actions.map((action, i) => (
              <li key={i}>{action}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** The ways out of a page that does not exist or is not for this user. */
export const homeAndContactActions = [
  <Button key="home" linkProps={{ href: '/' }}>
    Page d’accueil
  </Button>,
  <Button key="contact" priority="secondary" linkProps={{ href: '/contact' }}>
    Nous contacter
  </Button>,
];
