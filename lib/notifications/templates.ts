import { appUrl } from '@/lib/config';

/**
 * Every e-mail the service sends: plain French text, a link, who to contact. One function per
 * message so the wording can be reviewed in one place. Links carry single-use tokens: never log them.
 */
export interface Email {
  template: string;
  subject: string;
  text: string;
}

const signature = '\n\n—\nMon stage de troisième\nCe message est envoyé automatiquement, merci de ne pas y répondre.';

export const emails = {
  staffInvitation: (p: { schoolName: string; roleLabel: string; inviterName: string; token: string }): Email => ({
    template: 'staff_invitation',
    subject: `Invitation à rejoindre ${p.schoolName} sur Mon stage de troisième`,
    text: `Bonjour,\n\n${p.inviterName} vous invite à rejoindre l'équipe de ${p.schoolName} sur Mon stage de troisième en tant que ${p.roleLabel}.\n\nPour accepter, ouvrez ce lien dans les 7 jours :\n${appUrl(`/invitation/${p.token}`)}\n\nSi vous n'attendiez pas cette invitation, ignorez ce message.${signature}`,
  }),
  hostInvitation: (p: { organisationName: string; inviterName: string; token: string }): Email => ({
    template: 'host_invitation',
    subject: `Invitation à rejoindre ${p.organisationName} sur Mon stage de troisième`,
    text: `Bonjour,\n\n${p.inviterName} vous invite à gérer avec lui les offres de stage de ${p.organisationName} sur Mon stage de troisième.\n\nPour accepter, ouvrez ce lien dans les 7 jours :\n${appUrl(`/invitation/${p.token}`)}\n\nSi vous n'attendiez pas cette invitation, ignorez ce message.${signature}`,
  }),
  operatorInvitation: (p: { operatorName: string; token: string }): Email => ({
    template: 'operator_invitation',
    subject: `Votre accès partenaire ${p.operatorName} sur Mon stage de troisième`,
    text: `Bonjour,\n\nUn compte partenaire a été ouvert pour ${p.operatorName} sur Mon stage de troisième.\n\nPour choisir votre mot de passe, ouvrez ce lien dans les 7 jours :\n${appUrl(`/invitation/${p.token}`)}${signature}`,
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
  representativeValidated: (p: { scopeLabel: string }): Email => ({
    template: 'representative_validated',
    subject: 'Votre accès au tableau de bord est ouvert',
    text: `Bonjour,\n\nVotre compte de représentant de l'État (${p.scopeLabel}) a été validé. Vous pouvez suivre les indicateurs de votre territoire :\n${appUrl('/pilotage')}${signature}`,
  }),
  passwordReset: (p: { token: string }): Email => ({
    template: 'password_reset',
    subject: 'Réinitialisation de votre mot de passe',
    text: `Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n${appUrl(`/mot-de-passe/nouveau/${p.token}`)}\n\nLe lien ne fonctionne qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.${signature}`,
  }),
  emailVerification: (p: { token: string; pupil: boolean }): Email => ({
    template: 'email_verification',
    subject: p.pupil ? 'Confirme ton adresse électronique' : 'Confirmez votre adresse électronique',
    text: p.pupil
      ? `Bonjour,\n\nPour terminer ton inscription sur Mon stage de troisième, ouvre ce lien dans les 48 heures :\n${appUrl(`/inscription/verification/${p.token}`)}\n\nLe lien ne fonctionne qu'une fois. Si tu n'as rien demandé, ignore ce message : le compte sera supprimé.${signature}`
      : `Bonjour,\n\nPour terminer votre inscription sur Mon stage de troisième, confirmez votre adresse en ouvrant ce lien dans les 48 heures :\n${appUrl(`/inscription/verification/${p.token}`)}\n\nLe lien ne fonctionne qu'une fois. Si vous n'avez rien demandé, ignorez ce message : le compte sera supprimé.${signature}`,
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
    text: `Bonjour,\n\nPour confirmer cette nouvelle adresse pour votre compte Mon stage de troisième, ouvrez ce lien dans les 24 heures :\n${appUrl(`/compte/adresse/${p.token}`)}\n\nSi vous n'avez rien demandé, ignorez ce message.${signature}`,
  }),
  emailChanged: (p: { newEmail: string }): Email => ({
    template: 'email_changed',
    subject: 'Votre adresse électronique a changé',
    text: `Bonjour,\n\nL'adresse de votre compte Mon stage de troisième est désormais ${p.newEmail}. Si vous n'êtes pas à l'origine de ce changement, contactez-nous immédiatement.${signature}`,
  }),
  applicationCanceledByHost: (p: { offerTitle: string; week: string; reason: string }): Email => ({
    template: 'application_canceled_by_host',
    subject: `Ta candidature « ${p.offerTitle} » est annulée`,
    text: `Bonjour,\n\nTa candidature au stage « ${p.offerTitle} » pour la ${p.week} est annulée. ${p.reason}\n\nCe n'est pas un refus de ta candidature : d'autres offres t'attendent. Cherche un autre stage :\n${appUrl('/offres')}${signature}`,
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
};
