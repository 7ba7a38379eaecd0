import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';

/**
 * Frame of the back-office pages below /admin: breadcrumb through "Administration" and the
 * intermediate sections, then the page's single h1.
 */
export function AdminPage({
  title,
  lead,
  trail = [],
  children,
}: {
  title: string;
  lead?: ReactNode;
  trail?: { label: string; href: string }[];
  children: ReactNode;
}) {
  return (
    <div className={fr.cx('fr-container', 'fr-pb-8w')}>
      <Breadcrumb
        currentPageLabel={title}
        homeLinkProps={{ href: '/' }}
        segments={[
          { label: 'Administration', linkProps: { href: '/admin' } },
          ...trail.map(({ label, href }) => ({ label, linkProps: { href } })),
        ]}
      />
      <h1>{title}</h1>
      {lead && <p className={fr.cx('fr-text--lead')}>{lead}</p>}
      {children}
    </div>
  );
}
