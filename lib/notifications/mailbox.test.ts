import { describe, expect, it } from 'vitest';
import { isDevMailboxEnabled, splitLinks } from './mailbox';

describe('dev mailbox', () => {
  it('exists only in demo mode on the embedded database without real e-mail', () => {
    expect(isDevMailboxEnabled({ DEMO: '1' })).toBe(true);
    // Outside demo mode, the embedded database has no mailbox either.
    expect(isDevMailboxEnabled({})).toBe(false);
    // A shared PostgreSQL demo would expose every reset link to anyone.
    expect(isDevMailboxEnabled({ DATABASE_URL: 'postgres://x', DEMO: '1' })).toBe(false);
    expect(isDevMailboxEnabled({ DATABASE_URL: 'postgres://x' })).toBe(false);
    expect(isDevMailboxEnabled({ DEMO: '1', SMTP_URL: 'smtp://relay:25' })).toBe(false);
  });

  it('turns the addresses of a message into links, without the sentence’s punctuation', () => {
    expect(splitLinks('Ouvrez ce lien :\nhttp://localhost:3000/mot-de-passe/nouveau/abc_-9\n\nMerci.')).toEqual([
      { text: 'Ouvrez ce lien :\n' },
      { href: 'http://localhost:3000/mot-de-passe/nouveau/abc_-9' },
      { text: '\n\nMerci.' },
    ]);
    expect(splitLinks('Connectez-vous : https://exemple.fr/connexion.')).toEqual([
      { text: 'Connectez-vous : ' },
      { href: 'https://exemple.fr/connexion' },
      { text: '.' },
    ]);
    expect(splitLinks('Aucun lien')).toEqual([{ text: 'Aucun lien' }]);
  });
});
