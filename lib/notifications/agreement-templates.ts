import { appUrl } from '@/lib/config';
import type { Email } from './templates';
import { ofName } from '@/lib/text/words';

/*
 * The e-mails of conventions (lib/agreements), to the school's staff and the host in « vous » (the
 * pupil in « tu », a legal representative in « vous » without a link): plain French text and the
 * link to the convention; never a pupil's or a parent's contact details.
 */

const signature = '\n\n—\nMon stage de troisième\nCe message est envoyé automatiquement, merci de ne pas y répondre.';

interface About {
  pupilName: string;
  offerTitle: string;
  /** « semaine du 7 décembre 2026 » */
  week: string;
  agreementId: string;
}

/** « demain », « dans 3 jours »: when the week starts, from the day of the reminder. */
const inDays = (days: number) => (days <= 1 ? 'demain' : `dans ${days} jours`);

/** Where each side opens a convention. */
export const agreementPath = (side: 'host' | 'school', agreementId: string) =>
  side === 'host' ? `/entreprise/conventions/${agreementId}` : `/etablissement/conventions/${agreementId}`;

export const agreementEmails = {
  /** One side completed its part: the other side is told, with what remains. */
  partCompleted: (p: About & { by: 'host' | 'school'; otherComplete: boolean }): Email => {
    const to = p.by === 'host' ? 'school' : 'host';
    const who = p.by === 'host' ? 'La structure d’accueil' : 'Le collège';
    return {
      template: `agreement_${p.by}_part_completed`,
      subject: `Convention ${ofName(p.pupilName)} : ${p.by === 'host' ? 'la structure d’accueil' : 'le collège'} a complété sa partie`,
      text: `Bonjour,\n\n${who} a complété sa partie de la convention de stage ${ofName(p.pupilName)} (« ${p.offerTitle} », ${p.week}).\n\n${
        p.otherComplete
          ? 'Les deux parties sont complètes : la convention est prête à être signée.'
          : 'Il reste à compléter votre partie pour que la convention puisse être signée.'
      }\n${appUrl(agreementPath(to, p.agreementId))}${signature}`,
    };
  },
  /** The text changed after they signed: their signature no longer counts. */
  signatureVoided: (p: About): Email => ({
    template: 'agreement_signature_voided',
    subject: `Convention ${ofName(p.pupilName)} modifiée : à signer de nouveau`,
    text: `Bonjour,\n\nLa convention de stage ${ofName(p.pupilName)} (« ${p.offerTitle} », ${p.week}) a été modifiée après votre signature. Votre signature ne vaut plus pour ce nouveau texte : relisez-le et signez-le de nouveau.${signature}`,
  }),
  /** The daily reminder, 7 then 3 days before the week: the school's signatory or the host, still to sign. */
  signatureReminder: (p: About & { side: 'host' | 'school'; days: number }): Email => ({
    template: 'agreement_signature_reminder',
    subject: `Convention ${ofName(p.pupilName)} : votre signature est attendue`,
    text: `Bonjour,\n\nLe stage ${ofName(p.pupilName)} (« ${p.offerTitle} », ${p.week}) commence ${inDays(p.days)} et sa convention n’est pas encore signée par tous. ${
      p.side === 'school' ? 'Vous signez pour le collège' : 'Vous signez pour la structure d’accueil'
    } : relisez-la et signez-la dès que possible.\n${appUrl(agreementPath(p.side, p.agreementId))}${signature}`,
  }),
  /** The same reminder while a part is still incomplete: the side whose part misses something completes it first. */
  partReminder: (p: About & { side: 'host' | 'school'; days: number }): Email => ({
    template: `agreement_${p.side}_part_reminder`,
    subject: `Convention ${ofName(p.pupilName)} : votre partie reste à compléter`,
    text: `Bonjour,\n\nLe stage ${ofName(p.pupilName)} (« ${p.offerTitle} », ${p.week}) commence ${inDays(p.days)} et sa convention ne peut pas encore être signée : ${
      p.side === 'school' ? 'la partie du collège' : 'la partie de la structure d’accueil'
    } n’est pas complète. Complétez-la dès que possible, puis chacun pourra signer.\n${appUrl(agreementPath(p.side, p.agreementId))}${signature}`,
  }),
  /** The same reminder to the pupil, in « tu ». */
  pupilSignatureReminder: (p: About & { days: number }): Email => ({
    template: 'agreement_pupil_signature_reminder',
    subject: `Ta convention de stage « ${p.offerTitle} » attend ta signature`,
    text: `Bonjour,\n\nTon stage « ${p.offerTitle} » (${p.week}) commence ${inDays(p.days)} et ta convention n’est pas encore signée par tous. Relis-la et signe-la depuis ton espace :\n${appUrl(`/eleve/conventions/${p.agreementId}`)}${signature}`,
  }),
  /**
   * The same reminder to a legal representative, who has no account: the school sent them a signing
   * link (never repeated here), and sends a new one when asked.
   */
  representativeSignatureReminder: (p: About & { days: number; schoolName: string }): Email => ({
    template: 'agreement_representative_signature_reminder',
    subject: `Convention de stage ${ofName(p.pupilName)} : votre signature est attendue`,
    text: `Bonjour,\n\nLe stage ${ofName(p.pupilName)} (« ${p.offerTitle} », ${p.week}) commence ${inDays(p.days)} et sa convention attend encore votre signature de représentant légal.\n\nLe collège (${p.schoolName}) vous a envoyé par courriel un lien personnel pour la lire et la signer. Si vous ne le retrouvez plus ou s’il a expiré, demandez au collège de vous en renvoyer un.${signature}`,
  }),
};
