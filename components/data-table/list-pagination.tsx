import { fr } from '@codegouvfr/react-dsfr';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { pageCount, type ListKind } from '@/lib/pagination';

/** Server-side pagination links that keep the other search parameters (q, filters). */
export function ListPagination({
  path,
  params,
  page,
  total,
  list,
}: {
  path: string;
  params: Record<string, string>;
  page: number;
  total: number;
  list: ListKind;
}) {
  const count = pageCount(total, list);
  if (count <= 1) return null;
  const href = (n: number) =>
    `${path}?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)), page: String(n) })}`;
  return (
    <Pagination
      className={fr.cx('fr-mt-4w')}
      count={count}
      defaultPage={Math.min(page, count)}
      getPageLinkProps={(n) => ({ href: href(n) })}
    />
  );
}
