import { appUrl } from '@/lib/config';
import { LINK_PLACEHOLDER } from './outbox';

/**
 * Every e-mail the service sends: plain French text, a link, who to contact. One function per
 * message so the wording can be reviewed in one place. A link that carries a single-use token is
 * never in the text: the text holds LINK_PLACEHOLDER and the link travels apart (lib/notifications/
 * outbox.ts), so the stored body holds no secret and the link is cleared once sent. Never log it.
 */
export interface Email {
  template: string;
  subject: string;
  text: string;
  /** The tokenised link that replaces LINK_PLACEHOLDER in the text. */
  link?: string;
}

const signature = '\n\n—\nMon stage de troisième\nCe message est envoyé automatiquement, merci de ne pas y répondre.';

export const emails = {
  staffInvitation: (p: { schoolName: string; roleLabel: string; inviterName: string; token: string }): Email => ({
    template: 'staff_invitation',
    subject: `Invitation à rejoindre ${p.schoolName} sur Mon stage de troisième`,
    text: `Bonjour,\n\n${p.inviterName} vous invite à rejoindre l'équipe de ${p.schoolName} sur Mon stage de troisième en tant que ${p.roleLabel}.\n\nPour accepter, ouvrez ce lien dans les 7 jours :\n${LINK_PLACEHOLDER}\n\nSi vous n'attendiez pas cette invitation, ignorez ce message.${signature}`,
    link: appUrl(`/invitation/${p.token}`),
  }),
  hostInvitation: (p: { organisationName: string; inviterName: string; token: string }): Email => ({
    template: 'host_invitation',
    subject: `Invitation à rejoindre ${p.organisationName} sur Mon stage de troisième`,
    text: `Bonjour,\n\n${p.inviterName} vous invite à gérer avec lui les offres de stage de ${p.organisationName} sur Mon stage de troisième.\n\nPour accepter, ouvrez ce lien dans les 7 jours :\n${LINK_PLACEHOLDER}\n\nSi vous n'attendiez pas cette invitation, ignorez ce message.${signature}`,
    link: appUrl(`/invitation/${p.token}`),
  }),
  operatorInvitation: (p: { operatorName: string; token: string }): Email => ({
    template: 'operator_invitation',
    subject: `Votre accès partenaire ${p.operatorName} sur Mon stage de troisième`,
    text: `Bonjour,\n\nUn compte partenaire a été ouvert pour ${p.operatorName} sur Mon stage de troisième.\n\nPour choisir votre mot de passe, ouvrez ce lien dans les 7 jours :\n${LINK_PLACEHOLDER}${signature}`,
    link: appUrl(`/invitation/${p.token}`),
  }),
  joinRequest: (p: { schoolName: string; requesterName: string }): Email => ({
    template: 'staff_join_request',
    subject: `${p.requesterName} demande à rejoindre ${p.schoolName}`,
    text: `Bonjour,\n\n${p.requesterName} demande à rejoindre l'équipe de ${p.schoolName} sur Mon stage de troisième.\n\nVous pouvez accepter ou refuser cette demande depuis votre espace :\n${appUrl('/etablissement/equipe')}${signature}`,
  }),
  joinRequestAccepted: (p: { schoolName: string }): Email => ({
    template: 'staff_join_accepted',
    subject: `Votre accès à ${p.schoolName} est ouvert`,
    text: `Bonjour,\n\nVotre chef d'établissement a validé votre accès à ${p.schoolName} sur Mon stage de troisième.\n\nConnectez-vous : ${appUrl('/connexion')}${signature}`,
  }),
  headRequestDecided: (p: { schoolName: string; approved: boolean; reason: string }): Email => ({
    template: p.approved ? 'head_request_approved' : 'head_request_refused',
    subject: p.approved
      ? `Vous êtes chef d'établissement de ${p.schoolName} sur Mon stage de troisième`
      : `Votre demande pour ${p.schoolName} est refusée`,
    text: p.approved
      ? `Bonjour,\n\nL'équipe nationale a approuvé votre demande : vous êtes chef d'établissement de ${p.schoolName} sur Mon stage de troisième.\n\nSa raison : ${p.reason}\n\nConnectez-vous : ${appUrl('/connexion')}${signature}`
      : `Bonjour,\n\nL'équipe nationale a refusé votre demande d'accès en tant que chef d'établissement de ${p.schoolName}.\n\nSa raison : ${p.reason}\n\nPour toute question, écrivez-nous depuis la page Contact : ${appUrl('/contact')}${signature}`,
  }),
  headAppointed: (p: { schoolName: string; reason: string }): Email => ({
    template: 'head_appointed',
    subject: `Vous êtes chef d'établissement de ${p.schoolName} sur Mon stage de troisième`,
    text: `Bonjour,\n\nL'équipe nationale vous a désigné chef d'établissement de ${p.schoolName} sur Mon stage de troisième : vous gérez désormais l'équipe, les classes et les autorisations parentales.\n\nSa raison : ${p.reason}\n\nConnectez-vous : ${appUrl('/connexion')}${signature}`,
  }),
  headAccessEnded: (p: { schoolName: string; replaced: boolean; reason: string }): Email => ({
    template: p.replaced ? 'head_replaced' : 'head_removed',
    subject: `Votre accès à ${p.schoolName} est retiré`,
    text: `Bonjour,\n\nL'équipe nationale a retiré votre accès de chef d'établissement de ${p.schoolName} sur Mon stage de troisième${p.replaced ? ' et désigné une autre personne' : ''}. Les élèves, les classes et l'équipe du collège sont conservés.\n\nSa raison : ${p.reason}\n\nSi vous pensez qu'il s'agit d'une erreur, écrivez-nous depuis la page Contact : ${appUrl('/contact')}${signature}`,
  }),
  organisationSuspended: (p: { organisationName: string; reason: string }): Email => ({
    template: 'organisation_suspended',
    subject: `${p.organisationName} est suspendue sur Mon stage de troisième`,
    text: `Bonjour,\n\nL'équipe nationale a suspendu ${p.organisationName} sur Mon stage de troisième : ses offres ne sont plus proposées aux élèves, et vous pouvez consulter votre espace mais plus le modifier.\n\nSa raison : ${p.reason}\n\nPour en parler, écrivez-nous depuis la page Contact : ${appUrl('/contact')}${signature}`,
  }),
  organisationReinstated: (p: { organisationName: string }): Email => ({
    template: 'organisation_reinstated',
    subject: `${p.organisationName} est rétablie sur Mon stage de troisième`,
    text: `Bonjour,\n\nL'équipe nationale a levé la suspension de ${p.organisationName} : ses offres publiées sont de nouveau proposées aux élèves et vous pouvez à nouveau les modifier.\n\n${appUrl('/entreprise/offres')}${signature}`,
  }),
  colleagueRemoved: (p: { organisationName: string }): Email => ({
    template: 'host_colleague_removed',
    subject: `Votre accès à ${p.organisationName} est retiré`,
    text: `Bonjour,\n\nVotre compte ne fait plus partie de l'équipe de ${p.organisationName} sur Mon stage de troisième : vous n'avez plus accès à ses offres.\n\nSi vous pensez qu'il s'agit d'une erreur, adressez-vous aux responsables de votre structure.${signature}`,
  }),
  representativeValidated: (p: { scopeLabel: string }): Email => ({
    template: 'representative_validated',
    subject: 'Votre accès au tableau de bord est ouvert',
    text: `Bonjour,\n\nVotre compte de représentant de l'État (${p.scopeLabel}) a été validé. Vous pouvez suivre les indicateurs de votre territoire :\n${appUrl('/pilotage')}${signature}`,
  }),
  passwordReset: (p: { token: string }): Email => ({
    template: 'password_reset',
    subject: 'Réinitialisation de votre mot de passe',
    text: `Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n${LINK_PLACEHOLDER}\n\nLe lien ne fonctionne qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.${signature}`,
    link: appUrl(`/mot-de-passe/nouveau/${p.token}`),
  }),
  emailVerification: (p: { token: string; pupil: boolean }): Email => ({
    template: 'email_verification',
    subject: p.pupil ? 'Confirme ton adresse électronique' : 'Confirmez votre adresse électronique',
    text: p.pupil
      ? `Bonjour,\n\nPour terminer ton inscription sur Mon stage de troisième, ouvre ce lien dans les 48 heures :\n${LINK_PLACEHOLDER}\n\nLe lien ne fonctionne qu'une fois. Si tu n'as rien demandé, ignore ce message : le compte sera supprimé.${signature}`
      : `Bonjour,\n\nPour terminer votre inscription sur Mon stage de troisième, confirmez votre adresse en ouvrant ce lien dans les 48 heures :\n${LINK_PLACEHOLDER}\n\nLe lien ne fonctionne qu'une fois. Si vous n'avez rien demandé, ignorez ce message : le compte sera supprimé.${signature}`,
    link: appUrl(`/inscription/verification/${p.token}`),
  }),
  signUpWithTakenAddress: (p: { pupil: boolean }): Email => ({
    template: 'sign_up_with_taken_address',
    subject: 'Tentative d’inscription avec votre adresse',
    text: p.pupil
      ? `Bonjour,\n\nQuelqu'un a essayé de créer un compte sur Mon stage de troisième avec ton adresse, qui a déjà un compte. Si c'était toi, connecte-toi :\n${appUrl('/connexion')}\n\nou, si tu as oublié ton mot de passe, réinitialise-le :\n${appUrl('/mot-de-passe/oublie')}\n\nSi ce n'était pas toi, ignore ce message : ton compte n'a pas changé.${signature}`
      : `Bonjour,\n\nQuelqu'un a essayé de créer un compte sur Mon stage de troisième avec votre adresse, qui a déjà un compte. Si c'était vous, connectez-vous :\n${appUrl('/connexion')}\n\nou, si vous avez oublié votre mot de passe, réinitialisez-le :\n${appUrl('/mot-de-passe/oublie')}\n\nSi ce n'était pas vous, ignorez ce message : votre compte n'a pas changé.${signature}`,
  }),
  emailChange: (p: { token: string }): Email => ({
    template: 'email_change',
    subject: 'Confirmez votre nouvelle adresse électronique',
    text: `Bonjour,\n\nPour confirmer cette nouvelle adresse pour votre compte Mon stage de troisième, ouvrez ce lien dans les 24 heures :\n${LINK_PLACEHOLDER}\n\nSi vous n'avez rien demandé, ignorez ce message.${signature}`,
    link: appUrl(`/compte/adresse/${p.token}`),
  }),
  /** Sent to the OLD address: the only mailbox the rightful owner surely still reads. */
  emailChanged: (p: { newEmail: string }): Email => ({
    template: 'email_changed',
    subject: 'Votre adresse électronique a changé',
    text: `Bonjour,\n\nL'adresse de votre compte Mon stage de troisième est désormais ${p.newEmail}. Les messages du service, dont les liens de réinitialisation du mot de passe, partent maintenant à cette adresse.\n\nSi vous n'êtes pas à l'origine de ce changement, quelqu'un a peut-être accès à votre compte : écrivez-nous sans attendre depuis la page Contact (${appUrl('/contact')}) en indiquant cette ancienne adresse, pour que nous rendions le compte à son titulaire.${signature}`,
  }),
  passwordChanged: (): Email => ({
    template: 'password_changed',
    subject: 'Votre mot de passe a été modifié',
    text: `Bonjour,\n\nLe mot de passe de votre compte Mon stage de troisième vient d'être modifié, et toutes les sessions ouvertes ont été fermées.\n\nSi c'est vous, il n'y a rien à faire.\n\nSinon, choisissez tout de suite un nouveau mot de passe avec « Mot de passe oublié » (${appUrl('/mot-de-passe/oublie')}), puis écrivez-nous depuis la page Contact (${appUrl('/contact')}).${signature}`,
  }),
  offerOutOfSearch: (p: { offerTitle: string; reason: string; offerId: string }): Email => ({
    template: 'offer_out_of_search',
    subject: `Votre offre « ${p.offerTitle} » n'apparaît plus aux élèves`,
    text: `Bonjour,\n\nVotre offre « ${p.offerTitle} » n'apparaît plus dans les résultats de recherche des élèves. ${p.reason}\n\nModifiez-la depuis votre espace :\n${appUrl(`/entreprise/offres/${p.offerId}`)}${signature}`,
  }),
  reservationRequested: (p: {
    schoolName: string;
    schoolCommune: string;
    offerTitle: string;
    offerId: string;
  }): Email => ({
    template: 'offer_reservation_requested',
    subject: `Demande de réservation de votre offre « ${p.offerTitle} »`,
    text: `Bonjour,\n\nLa direction de l'établissement ${p.schoolName} (${p.schoolCommune}) demande à réserver votre offre « ${p.offerTitle} » pour les élèves de son collège.\n\nSi vous acceptez, l'offre ne sera plus visible que par les élèves et les personnels des collèges pour lesquels elle est réservée.\n\nAcceptez ou refusez la demande depuis votre espace :\n${appUrl(`/entreprise/offres/${p.offerId}`)}${signature}`,
  }),
  reservationAnswered: (p: {
    offerTitle: string;
    offerId: string;
    organisationName: string;
    accepted: boolean;
  }): Email =>
    p.accepted
      ? {
          template: 'offer_reservation_accepted',
          subject: `L'offre « ${p.offerTitle} » est réservée à votre collège`,
          text: `Bonjour,\n\n${p.organisationName} a accepté votre demande : l'offre « ${p.offerTitle} » est désormais réservée à votre collège. Seuls les élèves et les personnels des collèges pour lesquels elle est réservée la voient.\n\nVos élèves autorisés par leurs parents peuvent la consulter :\n${appUrl(`/offres/${p.offerId}`)}${signature}`,
        }
      : {
          template: 'offer_reservation_declined',
          subject: `Demande de réservation non retenue : « ${p.offerTitle} »`,
          text: `Bonjour,\n\n${p.organisationName} n'a pas retenu votre demande de réservation de l'offre « ${p.offerTitle} ».\n\nD'autres offres de stage attendent vos élèves :\n${appUrl('/offres')}${signature}`,
        },
  offerModerated: (p: { offerTitle: string; offerId: string; reason: string }): Email => ({
    template: 'offer_moderated',
    subject: `Votre offre « ${p.offerTitle} » a été dépubliée par l'équipe nationale`,
    text: `Bonjour,\n\nL'équipe nationale de Mon stage de troisième a dépublié votre offre « ${p.offerTitle} » : les élèves ne la voient plus.\n\nMotif : ${p.reason}\n\nVous ne pouvez pas la republier vous-même. Corrigez ce que le motif signale, puis écrivez à l'équipe nationale par la page Contact pour qu'elle lève la dépublication :\n${appUrl(`/entreprise/offres/${p.offerId}`)}${signature}`,
  }),
  offerModerationLifted: (p: { offerTitle: string; offerId: string }): Email => ({
    template: 'offer_moderation_lifted',
    subject: `Vous pouvez republier votre offre « ${p.offerTitle} »`,
    text: `Bonjour,\n\nL'équipe nationale a levé la dépublication de votre offre « ${p.offerTitle} ». Elle reste dépubliée : republiez-la depuis votre espace quand vous le souhaitez.\n\n${appUrl(`/entreprise/offres/${p.offerId}`)}${signature}`,
  }),
  offerReported: (p: { offerTitle: string; commune: string | null; listPath: string }): Email => ({
    template: 'offer_reported',
    subject: `Offre signalée : « ${p.offerTitle} »`,
    text: `Bonjour,\n\nUne personne inscrite sur Mon stage de troisième a signalé l'offre « ${p.offerTitle} »${p.commune ? ` (${p.commune})` : ''}. Lisez le motif dans la liste des signalements :\n${appUrl(p.listPath)}\n\nTant que l'équipe nationale n'a pas traité ce signalement, les suivants sur la même offre s'ajoutent à la liste sans nouveau courriel.${signature}`,
  }),
};
