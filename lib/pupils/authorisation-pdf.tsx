import 'server-only';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { appUrl } from '@/lib/config';
import { MARIANNE } from '@/lib/pdf/fonts';

/*
 * The parental authorisation form of the technical note (annex 2), one A4 page per pupil, printed
 * by the main teacher or the head for the whole class, in Marianne (lib/pdf/fonts.ts).
 */

export interface AuthorisationForm {
  schoolName: string;
  schoolCommune: string;
  className: string;
  pupils: { firstName: string; lastName: string }[];
}

const NBSP = '\u00a0';
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;
const BLANK = '…'.repeat(30);

const styles = StyleSheet.create({
  page: {
    fontFamily: MARIANNE,
    fontSize: 11,
    lineHeight: 1.5,
    paddingVertical: 56,
    paddingHorizontal: 60,
    color: '#161616',
  },
  strip: { fontSize: 9, color: '#3a3a3a', borderBottom: '1pt solid #929292', paddingBottom: 6, marginBottom: 28 },
  title: { fontSize: 16, fontWeight: 700, lineHeight: 1.3, marginBottom: 20 },
  paragraph: { marginBottom: 12 },
  form: { marginTop: 16, padding: 16, border: '1pt solid #161616' },
  strong: { fontWeight: 700 },
  signatures: { flexDirection: 'row', marginTop: 28 },
  signatureBox: { flex: 1, height: 80 },
  privacy: { position: 'absolute', bottom: 40, left: 60, right: 60, fontSize: 8, color: '#3a3a3a', lineHeight: 1.4 },
});

/** "Inès Benali" -> "BENALI Inès", as French administrative forms name a person. */
export function formalName(pupil: { firstName: string; lastName: string }): string {
  return `${pupil.lastName.toLocaleUpperCase('fr-FR')} ${pupil.firstName}`;
}

/** `pupil` null: a blank form, for pupils who have not signed up yet. */
function AuthorisationPage({
  form,
  pupil,
}: {
  form: AuthorisationForm;
  pupil: AuthorisationForm['pupils'][number] | null;
}) {
  const school = `${form.schoolName} (${form.schoolCommune})`;
  const recipient = pupil ? `À remettre à ${pupil.firstName} ${pupil.lastName}` : 'À remettre à chaque élève';
  return (
    <Page size="A4" style={styles.page}>
      <Text style={styles.strip}>{`${recipient} · classe ${form.className} · ${school}`}</Text>
      <Text
        style={styles.title}
      >{`Autorisation parentale d’utilisation de la plateforme ${quoted('Mon stage de troisième')}`}</Text>
      <Text style={styles.paragraph}>
        {`${quoted('Mon stage de troisième')} est une plateforme nationale destinée à mettre à disposition des élèves de troisième des collèges de l’éducation prioritaire (REP+ et REP) une offre de 30${NBSP}000 stages de qualité, dans le secteur privé et dans le secteur public.`}
      </Text>
      <Text style={styles.paragraph}>
        Afin de permettre à votre enfant d’accéder à cet outil numérique, nous vous prions de remplir l’autorisation
        parentale située ci-dessous et de la remettre à son professeur principal.
      </Text>
      <View style={styles.form}>
        <Text style={styles.paragraph}>
          {`Je soussigné(e) ${BLANK}, représentant légal de l’enfant `}
          {pupil ? <Text style={styles.strong}>{formalName(pupil)}</Text> : BLANK}
          {', scolarisé(e) dans la classe '}
          <Text style={styles.strong}>{form.className}</Text>
          {' du '}
          <Text style={styles.strong}>{school}</Text>
          {', donne mon autorisation pour que mon enfant s’inscrive sur la plateforme www.monstagedetroisieme.fr.'}
        </Text>
        <View style={styles.signatures}>
          <Text style={styles.signatureBox}>{`Date${NBSP}:`}</Text>
          <Text style={styles.signatureBox}>{`Signature du représentant légal${NBSP}:`}</Text>
        </View>
      </View>
      <Text style={styles.privacy} fixed>
        {`Données personnelles${NBSP}: la plateforme garde le nom, le prénom, l’adresse électronique, le collège et la classe de l’élève, la date de cette autorisation, ses candidatures et, s’il le souhaite, son genre pour des statistiques sans nom. Elles servent seulement à sa recherche de stage et à son suivi par le collège, et sont supprimées ou rendues anonymes après l’année scolaire. En savoir plus et exercer vos droits${NBSP}: ${appUrl('/donnees-personnelles')}`}
      </Text>
    </Page>
  );
}

/** The class's forms in one PDF file, one page per pupil (a single blank form when there is none), ready to print. */
export async function renderAuthorisationForms(form: AuthorisationForm): Promise<Buffer> {
  const pages = form.pupils.length > 0 ? form.pupils : [null];
  return renderToBuffer(
    <Document
      title={`Autorisations parentales – ${form.className} – ${form.schoolName}`}
      author="Mon stage de troisième"
      language="fr-FR"
    >
      {pages.map((pupil, i) => (
        <AuthorisationPage key={i} form={form} pupil={pupil} />
      ))}
    </Document>,
  );
}
