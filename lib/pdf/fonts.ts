import 'server-only';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

/*
 * The fonts of every PDF the platform prints. Marianne, the State's typeface, is embedded from the
 * DSFR package: react-pdf's built-in Helvetica has no glyph for "é", "ë" or the no-break spaces
 * French typography puts inside « », and would garble pupils' names. Registering twice is harmless
 * (the last registration wins), so each PDF module imports this one for its side effect.
 */

/** The family name to give `fontFamily` in a react-pdf style. */
export const MARIANNE = 'Marianne';

/**
 * A fixed-width face for fingerprints and codes a reader compares character by character. The PDF
 * standard Courier is enough: it is only ever given ASCII (hexadecimal digits, UAI, SIRET).
 */
export const MONOSPACE = 'Courier';

const fontDir = path.join(process.cwd(), 'node_modules', '@codegouvfr', 'react-dsfr', 'dsfr', 'fonts');
Font.register({
  family: MARIANNE,
  fonts: [
    { src: path.join(fontDir, 'Marianne-Regular.woff'), fontWeight: 400 },
    { src: path.join(fontDir, 'Marianne-Bold.woff'), fontWeight: 700 },
  ],
});
// react-pdf hyphenates with English patterns by default, which would cut names in the middle.
Font.registerHyphenationCallback((word) => [word]);
