import { beforeEach, describe, expect, it, vi } from 'vitest';

const signIn = vi.fn();
vi.mock('./auth', () => ({ signIn: (...args: unknown[]) => signIn(...args), signOut: vi.fn() }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'monstage.example' }) }));

const { signInAction } = await import('./actions');

/** Where the sign-in form sends the user once signed in, for a given callbackUrl field. */
async function redirectFor(callbackUrl: string): Promise<unknown> {
  const form = new FormData();
  form.set('email', 'eleve@demo.test');
  form.set('password', 'un mot de passe');
  form.set('callbackUrl', callbackUrl);
  await signInAction({ status: 'idle' }, form);
  return (signIn.mock.calls.at(-1)?.[1] as { redirectTo?: unknown }).redirectTo;
}

describe('signInAction callbackUrl', () => {
  beforeEach(() => signIn.mockReset());

  it('follows same-site paths', async () => {
    expect(await redirectFor('/invitation/abc')).toBe('/invitation/abc');
  });

  it('never sends the user to another site, whatever the path hides', async () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/.//evil.example',
      '/..//evil.example',
      '/%2e//evil.example',
    ]) {
      const target = String(await redirectFor(value));
      expect(target, value).not.toMatch(/^\/\/|^[a-z]+:/i);
    }
  });
});
