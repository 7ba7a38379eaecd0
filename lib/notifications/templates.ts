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
};
