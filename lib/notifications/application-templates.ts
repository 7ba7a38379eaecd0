import { appUrl } from '@/lib/config';
import type { Email } from './templates';
import { ofName } from '@/lib/text/words';

/*
 * The e-mails of applications (lib/applications): to the pupil in « tu », to the host and the main
 * teacher in « vous ». Plain French text with the link to act on; never the pupil's contact details.
 */

const signature = '\n\n—\nMon stage de troisième\nCe message est envoyé automatiquement, merci de ne pas y répondre.';

interface About {
  offerTitle: string;
  /** « semaine du 7 décembre 2026 » */
  week: string;
}

export const applicationEmails = {
  received: (p: About & { pupilFirstName: string; applicationId: string }): Email => ({
    template: 'application_received',
    subject: `Nouvelle candidature pour « ${p.offerTitle} »`,
    text: `Bonjour,\n\n${p.pupilFirstName}, élève de 3e, candidate à votre offre « ${p.offerTitle} » pour la ${p.week}.\n\nLisez sa lettre de motivation et son CV, puis acceptez ou refusez sa candidature dans les 15 jours :\n${appUrl(`/entreprise/candidatures/${p.applicationId}`)}${signature}`,
  }),
  hostReminder: (p: About & { applicationId: string }): Email => ({
    template: 'application_host_reminder',
    subject: `Une candidature attend votre réponse : « ${p.offerTitle} »`,
    text: `Bonjour,\n\nUne candidature pour votre offre « ${p.offerTitle} » (${p.week}) attend votre réponse depuis 7 jours. Sans réponse dans 8 jours, elle expirera et l'élève cherchera ailleurs.\n\n${appUrl(`/entreprise/candidatures/${p.applicationId}`)}${signature}`,
  }),
  accepted: (p: About): Email => ({
    template: 'application_accepted',
    subject: `Ta candidature « ${p.offerTitle} » est acceptée : confirme-la`,
    text: `Bonjour,\n\nBonne nouvelle : ta candidature au stage « ${p.offerTitle} » pour la ${p.week} est acceptée.\n\nConfirme ce stage dans les 7 jours depuis ton espace, sinon la place sera proposée à un autre élève :\n${appUrl('/eleve')}${signature}`,
  }),
  pupilReminder: (p: About): Email => ({
    template: 'application_pupil_reminder',
    subject: `N'oublie pas de confirmer ton stage « ${p.offerTitle} »`,
    text: `Bonjour,\n\nTa candidature au stage « ${p.offerTitle} » (${p.week}) est acceptée depuis 5 jours. Il te reste 2 jours pour la confirmer, sinon la place sera libérée :\n${appUrl('/eleve')}${signature}`,
  }),
  refused: (p: About & { reason: string }): Email => ({
    template: 'application_refused',
    subject: `Réponse à ta candidature « ${p.offerTitle} »`,
    text: `Bonjour,\n\nLa structure d'accueil ne peut pas retenir ta candidature au stage « ${p.offerTitle} » pour la ${p.week}.\n\nSon message : ${p.reason}\n\nCe n'est pas grave : d'autres offres t'attendent.\n${appUrl('/offres')}${signature}`,
  }),
  canceledByHost: (p: About & { reason: string }): Email => ({
    template: 'application_canceled_by_host',
    subject: `Ta candidature « ${p.offerTitle} » est annulée`,
    text: `Bonjour,\n\nTa candidature au stage « ${p.offerTitle} » pour la ${p.week} est annulée par la structure d'accueil.\n\nSon message : ${p.reason}\n\nCherche un autre stage :\n${appUrl('/offres')}${signature}`,
  }),
  expired: (p: About): Email => ({
    template: 'application_expired',
    subject: `Ta candidature « ${p.offerTitle} » n'a pas eu de réponse`,
    text: `Bonjour,\n\nLa structure d'accueil n'a pas répondu à ta candidature au stage « ${p.offerTitle} » (${p.week}) à temps : elle est close.\n\nCandidate à d'autres offres :\n${appUrl('/offres')}${signature}`,
  }),
  acceptanceLapsed: (p: About): Email => ({
    template: 'application_acceptance_lapsed',
    subject: `Ton stage « ${p.offerTitle} » n'a pas été confirmé à temps`,
    text: `Bonjour,\n\nTu n'as pas confirmé à temps le stage « ${p.offerTitle} » (${p.week}) : la place a été libérée pour un autre élève.\n\nCandidate à d'autres offres :\n${appUrl('/offres')}${signature}`,
  }),
  withdrawnForHost: (p: About & { applicationId: string; why: 'confirmed_elsewhere' | 'pupil' | 'lapsed' }): Email => ({
    template: `application_withdrawn_${p.why}`,
    subject: `Une candidature pour « ${p.offerTitle} » est retirée`,
    text: `Bonjour,\n\n${
      p.why === 'confirmed_elsewhere'
        ? `L'élève qui candidatait à votre offre « ${p.offerTitle} » pour la ${p.week} a confirmé un autre stage : sa candidature est retirée.`
        : p.why === 'lapsed'
          ? `L'élève que vous aviez accepté pour « ${p.offerTitle} » (${p.week}) n'a pas confirmé dans les 7 jours : la place est de nouveau libre.`
          : `L'élève a annulé sa candidature à votre offre « ${p.offerTitle} » pour la ${p.week}.`
    } Si vous l'aviez acceptée, la place est de nouveau libre.\n\n${appUrl(`/entreprise/candidatures/${p.applicationId}`)}${signature}`,
  }),
  forMainTeacher: (p: About & { pupilName: string; className: string; confirmed: boolean }): Email => ({
    template: p.confirmed ? 'class_pupil_confirmed' : 'class_pupil_accepted',
    subject: `${p.pupilName} (${p.className}) : stage ${p.confirmed ? 'confirmé' : 'accepté'}`,
    text: `Bonjour,\n\n${
      p.confirmed
        ? `${p.pupilName}, de la classe ${p.className}, a confirmé son stage « ${p.offerTitle} » pour la ${p.week}. La convention de stage est à préparer.`
        : `La candidature ${ofName(p.pupilName)}, de la classe ${p.className}, au stage « ${p.offerTitle} » pour la ${p.week} est acceptée : l'élève a 7 jours pour la confirmer.`
    }\n\n${appUrl('/etablissement')}${signature}`,
  }),
};
