import { describe, expect, it } from 'vitest';
import { LINK_PLACEHOLDER, withLink } from './outbox';

describe('secret links of the outbox', () => {
  it('are put back where the body holds the placeholder, or said to be gone', () => {
    const body = `Ouvrez ce lien :\n${LINK_PLACEHOLDER}\n\nMerci.`;
    expect(withLink(body, 'http://localhost:3000/invitation/abc')).toBe(
      'Ouvrez ce lien :\nhttp://localhost:3000/invitation/abc\n\nMerci.',
    );
    expect(withLink(body, null)).toBe('Ouvrez ce lien :\n[lien retiré après l’envoi]\n\nMerci.');
    expect(withLink('Aucun lien', null)).toBe('Aucun lien');
  });
});
