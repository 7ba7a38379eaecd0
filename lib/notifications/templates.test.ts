import { describe, expect, it } from 'vitest';
import { LINK_PLACEHOLDER } from './outbox';
import { emails } from './templates';

const token = 'jeton-secret-0123456789';

describe('e-mail templates', () => {
  it('keep every tokenised link out of the text, apart in `link`', () => {
    const withToken = [
      emails.staffInvitation({ schoolName: 'Collège A', roleLabel: 'professeur', inviterName: 'Nadia B.', token }),
      emails.hostInvitation({ organisationName: 'Structure B', inviterName: 'Sophie L.', token }),
      emails.operatorInvitation({ operatorName: 'Association C', token }),
      emails.passwordReset({ token }),
      emails.emailChange({ token }),
      emails.emailVerification({ token, pupil: true }),
      emails.emailVerification({ token, pupil: false }),
    ];
    for (const email of withToken) {
      expect(email.text, email.template).not.toContain(token);
      expect(email.text, email.template).toContain(LINK_PLACEHOLDER);
      expect(email.link, email.template).toContain(token);
    }
  });

  it('tell the owner what to do when the password or the address changes without them', () => {
    expect(emails.passwordChanged().text).toContain('/mot-de-passe/oublie');
    const changed = emails.emailChanged({ newEmail: 'nouvelle@exemple.fr' });
    expect(changed.text).toContain('nouvelle@exemple.fr');
    expect(changed.text).toContain('/contact');
  });
});
