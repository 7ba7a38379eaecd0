import { appUrl } from '@/lib/config';
import { LINK_PLACEHOLDER } from './outbox';
import type { Email } from './templates';
import { ofName } from '@/lib/text/words';

/*
 * The e-mails of signing a convention: the 6-digit code, the legal representative's link, and
 * « signée par tous ». A code and a link are secrets: they travel in Email.link, never in the stored
 * text, which holds LINK_PLACEHOLDER (lib/notifications/outbox.ts).
 */

const signature = '\n\n—\nMon stage de troisième\nCe message est envoyé automatiquement, merci de ne pas y répondre.';

interface About {
  pupilName: string;
  offerTitle: string;
  /** « semaine du 7 décembre 2026 » */
  week: string;
}

export const signatureEmails = {
  /** The code a signer types with their name; `minutes` of validity. */
  code: (p: About & { code: string; minutes: number; count: number }): Email => ({
    template: 'agreement_signature_code',
    subject: 'Votre code pour signer la convention de stage',
    text: `Bonjour,\n\nVoici votre code pour signer ${
      p.count > 1
        ? `${p.count} conventions de stage`
        : `la convention de stage ${ofName(p.pupilName)} (« ${p.offerTitle} », ${p.week})`
    } :\n\n${LINK_PLACEHOLDER}\n\nIl est valable ${p.minutes} minutes. Si vous n’avez pas demandé ce code, ne le communiquez à personne et ignorez ce message.${signature}`,
    link: p.code,
  }),
  /** A legal representative's single-use link to read and sign (no account needed). */
  representativeLink: (p: About & { token: string; representativeName: string; days: number }): Email => ({
    template: 'agreement_representative_link',
    subject: `Convention de stage ${ofName(p.pupilName)} : votre signature est attendue`,
    text: `Bonjour ${p.representativeName},\n\nLe collège vous invite à lire et signer la convention du stage d’observation ${ofName(p.pupilName)} (« ${p.offerTitle} », ${p.week}). Vous n’avez pas besoin de créer de compte : ouvrez ce lien personnel, lisez la convention, puis signez avec votre nom et le code que vous recevrez par courriel.\n\n${LINK_PLACEHOLDER}\n\nCe lien est valable ${p.days} jours et ne sert qu’une fois. Si un nouveau lien vous est envoyé, seul le dernier fonctionne.${signature}`,
    link: appUrl(`/signature/${p.token}`),
  }),
  /** Everyone has signed. */
  allSigned: (p: About): Email => ({
    template: 'agreement_signed',
    subject: `Convention de stage ${ofName(p.pupilName)} signée par tous`,
    text: `Bonjour,\n\nLa convention du stage d’observation ${ofName(p.pupilName)} (« ${p.offerTitle} », ${p.week}) est signée par toutes les parties. Chacun peut télécharger le document signé depuis son espace.${signature}`,
  }),
};
