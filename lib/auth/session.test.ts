import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formData } from '@/lib/testing/form-data';
import type { SessionUser } from './types';

class Redirected extends Error {
  constructor(readonly path: string) {
    super(`redirect ${path}`);
  }
}
const session = vi.fn();
const loadSessionUser = vi.fn();
const findUnverifiedAccount = vi.fn();
const inviteColleague = vi.fn();
vi.mock('next/navigation', () => ({
  redirect: (path: string) => {
    throw new Redirected(path);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
  unstable_rethrow: () => {},
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('./auth', () => ({ auth: () => session() }));
vi.mock('./queries', () => ({ loadSessionUser, findUnverifiedAccount }));
vi.mock('./rate-limit', () => ({}));
vi.mock('@/lib/hosts/mutations', () => ({ inviteColleague, signUpHost: vi.fn() }));

const { getHeaderState, requireRole, VERIFICATION_PATH } = await import('./session');
const { inviteColleagueAction } = await import('@/lib/hosts/actions');

const host: SessionUser = {
  id: 'host-1',
  email: 'lina@exemple.fr',
  firstName: 'Lina',
  lastName: 'Roux',
  role: 'host',
  organisationId: 'organisation-1',
};

async function redirectOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof Redirected) return error.path;
    throw error;
  }
}

describe('an account whose address is not verified yet', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    session.mockResolvedValue({ user: { id: host.id } });
    // loadSessionUser answers null for it, like for a disabled account.
    loadSessionUser.mockResolvedValue(null);
    findUnverifiedAccount.mockResolvedValue({ id: host.id, email: host.email, role: 'host' });
  });

  it('is sent to the page that asks it to open its link, by every page and action', async () => {
    expect(await redirectOf(() => requireRole('host'))).toBe(VERIFICATION_PATH);
    expect(
      await redirectOf(() =>
        inviteColleagueAction(
          { status: 'idle' },
          formData({ organisationId: '00000000-0000-4000-8000-000000000001', email: 'a@exemple.fr' }),
        ),
      ),
    ).toBe(VERIFICATION_PATH);
    expect(inviteColleague).not.toHaveBeenCalled();
  });

  it('gets in once verified; anonymous visitors go to /connexion', async () => {
    loadSessionUser.mockResolvedValue(host);
    expect(await requireRole('host')).toBe(host);
    session.mockResolvedValue(null);
    expect(await redirectOf(() => requireRole('host'))).toBe('/connexion');
  });
});

describe('the header state (GET /api/session)', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.unstubAllEnvs();
  });

  it('says only the role of a signed-in account, and demo mode', async () => {
    vi.stubEnv('DEMO', '1');
    session.mockResolvedValue({ user: { id: host.id } });
    loadSessionUser.mockResolvedValue(host);
    // Exactly these keys: no name, no address, no id leaves through it.
    expect(await getHeaderState()).toStrictEqual({ role: 'host', unverified: false, demo: true });
  });

  it('says that an account waits for its address to be verified, and a visitor is a visitor', async () => {
    vi.stubEnv('DEMO', '');
    session.mockResolvedValue({ user: { id: host.id } });
    loadSessionUser.mockResolvedValue(null);
    findUnverifiedAccount.mockResolvedValue({ id: host.id, email: host.email, role: 'host' });
    expect(await getHeaderState()).toStrictEqual({ role: null, unverified: true, demo: false });
    session.mockResolvedValue(null);
    expect(await getHeaderState()).toStrictEqual({ role: null, unverified: false, demo: false });
  });

  it('shows the visitor’s header, with the demo banner, when the database does not answer', async () => {
    vi.stubEnv('DEMO', '1');
    vi.stubEnv('LOG_LEVEL', 'silent');
    session.mockResolvedValue({ user: { id: host.id } });
    loadSessionUser.mockRejectedValue(new Error('connection refused'));
    expect(await getHeaderState()).toStrictEqual({ role: null, unverified: false, demo: true });
  });
});
