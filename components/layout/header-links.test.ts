import { describe, expect, it } from 'vitest';
import type { HeaderState } from '@/lib/auth/types';
import { headerLinks, type QuickAccessEntry } from './header-links';

const visitor: HeaderState = { role: null, unverified: false, demo: false };

/** The quick-access items as their names: what a screen reader lists in the header. */
function names(entries: QuickAccessEntry[]): string[] {
  return entries.map((entry) => (typeof entry === 'string' ? entry : `${entry.text} → ${entry.href}`));
}

describe('header links', () => {
  it('offer a visitor to sign in', () => {
    const { quickAccess, navigation } = headerLinks(visitor);
    expect(names(quickAccess)).toEqual(['display', 'Se connecter → /connexion']);
    expect(navigation.map(({ text }) => text)).toEqual(['Accueil', 'Offres de stage', 'Contact']);
  });

  it('lead an account waiting for its address back to the verification page, never to "Se connecter"', () => {
    const { quickAccess, navigation } = headerLinks({ ...visitor, unverified: true });
    expect(names(quickAccess)).toEqual(['display', 'Vérifier mon adresse → /inscription/verification']);
    expect(navigation.map(({ text }) => text)).toEqual(['Accueil', 'Offres de stage', 'Contact']);
  });

  it('give a signed-in account its space, its account and sign-out', () => {
    const { quickAccess, navigation } = headerLinks({ ...visitor, role: 'pupil' });
    expect(names(quickAccess)).toEqual(['Mon espace élève → /eleve', 'Mon compte → /compte', 'display', 'sign-out']);
    expect(navigation).toEqual([
      { text: 'Accueil', href: '/' },
      { text: 'Mon espace élève', href: '/eleve' },
      { text: 'Offres de stage', href: '/offres' },
      { text: 'Contact', href: '/contact' },
    ]);
  });

  it('add « Mes offres », « Candidatures » and « Conventions » for hosts and operators only', () => {
    const links = (role: HeaderState['role']) =>
      headerLinks({ ...visitor, role })
        .navigation.map(({ href }) => href)
        .filter((href) => href.startsWith('/entreprise/'));
    expect(links('host')).toEqual(['/entreprise/offres', '/entreprise/candidatures', '/entreprise/conventions']);
    expect(links('operator')).toEqual(['/entreprise/offres', '/entreprise/candidatures', '/entreprise/conventions']);
    expect(links('school_staff')).toEqual([]);
    expect(links('admin')).toEqual([]);
  });

  it('add « Conventions » for school staff only', () => {
    const links = (role: HeaderState['role']) =>
      headerLinks({ ...visitor, role })
        .navigation.map(({ href }) => href)
        .filter((href) => href.startsWith('/etablissement/'));
    expect(links('school_staff')).toEqual(['/etablissement/conventions']);
    expect(links('host')).toEqual([]);
    expect(links('pupil')).toEqual([]);
  });
});
