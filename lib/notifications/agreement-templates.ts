import { appUrl } from '@/lib/config';
import type { Email } from './templates';

/*
 * The e-mails of conventions (lib/agreements), to the school's staff and the host in « vous »: plain
 * French text and the link to the convention; never a pupil's or a parent's contact details.
 */

const signature = '\n\n—\nMon stage de troisième\nCe message est envoyé automatiquement, merci de ne pas y répondre.';

interface About {
  pupilName: string;
  offerTitle: string;
  /** « semaine du 7 décembre 2026 » */
  week: string;
  agreementId: string;
}

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
      subject: `Convention de ${p.pupilName} : ${p.by === 'host' ? 'la structure d’accueil' : 'le collège'} a complété sa partie`,
      text: `Bonjour,\n\n${who} a complété sa partie de la convention de stage de ${p.pupilName} (« ${p.offerTitle} », ${p.week}).\n\n${
        p.otherComplete
          ? 'Les deux parties sont complètes : la convention est prête à être signée.'
          : 'Il reste à compléter votre partie pour que la convention puisse être signée.'
      }\n${appUrl(agreementPath(to, p.agreementId))}${signature}`,
    };
  },
  /** The text changed after they signed: their signature no longer counts. */
  signatureVoided: (p: About): Email => ({
    template: 'agreement_signature_voided',
    subject: `Convention de ${p.pupilName} modifiée : à signer de nouveau`,
    text: `Bonjour,\n\nLa convention de stage de ${p.pupilName} (« ${p.offerTitle} », ${p.week}) a été modifiée après votre signature. Votre signature ne vaut plus pour ce nouveau texte : relisez-le et signez-le de nouveau.${signature}`,
  }),
};
