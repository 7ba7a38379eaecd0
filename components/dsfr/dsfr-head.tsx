import Link from 'next/link';
import {
  createGetHtmlAttributes,
  DsfrHeadBase,
  type DsfrHeadProps,
} from '@codegouvfr/react-dsfr/next-app-router/server-only-index';
import { defaultColorScheme } from './default-color-scheme';

/** Attributes of <html>: lang and, for a fixed scheme, data-fr-theme. Call it before rendering DsfrHead. */
export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme });

/**
 * Favicons, font preloads and the colour-scheme script. The DSFR CSS (imported here) serves
 * Marianne from node_modules through the bundler: no request ever leaves the site.
 */
export function DsfrHead(props: Omit<DsfrHeadProps, 'Link'>) {
  return (
    <DsfrHeadBase Link={Link} preloadFonts={['Marianne-Regular', 'Marianne-Medium', 'Marianne-Bold']} {...props} />
  );
}
