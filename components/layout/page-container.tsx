import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';

/**
 * Standard page frame: a DSFR container, an optional breadcrumb (home is implied) and the page's
 * single h1. Pages put their h2 sections in `children`.
 */
export function PageContainer({
  title,
  lead,
  breadcrumb,
  parents = [],
  children,
  narrow = false,
}: {
  title: ReactNode;
  lead?: ReactNode;
  /** Label of the current page in the breadcrumb; omit it on role spaces' landing pages. */
  breadcrumb?: string;
  /** Pages between home and this one in the breadcrumb. */
  parents?: { label: string; href: string }[];
  children: ReactNode;
  /** Reading width (8 columns of 12) for text pages and forms. */
  narrow?: boolean;
}) {
  const body = (
    <>
      <h1>{title}</h1>
      {lead && <p className={fr.cx('fr-text--lead')}>{lead}</p>}
      {children}
    </>
  );
  return (
    <div className={fr.cx('fr-container', 'fr-pb-8w', !breadcrumb && 'fr-pt-6w')}>
      {breadcrumb && (
        <Breadcrumb
          currentPageLabel={breadcrumb}
          homeLinkProps={{ href: '/' }}
          segments={parents.map(({ label, href }) => ({ label, linkProps: { href } }))}
        />
      )}
      {narrow ? (
        <div className={fr.cx('fr-grid-row')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>{body}</div>
        </div>
      ) : (
        body
      )}
    </div>
  );
}
