import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fail, type ActionResult } from '@/lib/errors';
import { formData } from '@/lib/testing/form-data';

class Redirected extends Error {
  constructor(readonly path: string) {
    super(`redirect ${path}`);
  }
}
vi.mock('next/navigation', () => ({
  redirect: (path: string) => {
    throw new Redirected(path);
  },
}));
vi.mock('./rate-limit', () => ({ signUpRefusal: async () => null }));
vi.mock('./session', () => ({ VERIFICATION_PATH: '/inscription/verification' }));

const { signUpWithVerification } = await import('./sign-up');

const schema = z.object({ email: z.string(), password: z.string() });
const form = () => formData({ email: 'claire@exemple.fr', password: 'une phrase de passe' });

/** What the visitor gets: the page they are sent to, or the form's state. */
async function answer(result: ActionResult<unknown>, speaksTo?: 'adult' | 'pupil') {
  try {
    return await signUpWithVerification(form(), { schema, signUp: async () => result, speaksTo });
  } catch (error) {
    if (error instanceof Redirected) return { redirectedTo: error.path };
    throw error;
  }
}

describe('signUpWithVerification', () => {
  it('answers an address that already has an account exactly as a new account: “Consultez votre messagerie”', async () => {
    const created = await answer({ ok: true, data: { id: 'x' } });
    expect(created).toEqual({ redirectedTo: '/inscription/verification' });
    expect(await answer(fail('EMAIL_TAKEN', 'Un compte existe déjà.', { email: ['Déjà utilisée.'] }))).toEqual(created);
    expect(await answer(fail('EMAIL_TAKEN', 'Un compte existe déjà.'), 'pupil')).toEqual(
      await answer({ ok: true, data: undefined }, 'pupil'),
    );
  });

  it('signs nobody in and speaks to pupils with “tu”', async () => {
    expect(await answer({ ok: true, data: undefined }, 'pupil')).toEqual({
      redirectedTo: '/inscription/verification?eleve=1',
    });
  });

  it('shows the other refusals, which do not depend on the address having an account', async () => {
    expect(await answer(fail('NOT_ELIGIBLE', 'Ce collège n’est pas en éducation prioritaire.'))).toMatchObject({
      status: 'error',
      message: 'Ce collège n’est pas en éducation prioritaire.',
    });
  });
});
