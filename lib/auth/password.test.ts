import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

describe('password hashing', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Demo-2026!');
    expect(await verifyPassword('Demo-2026!', hash)).toBe(true);
    expect(await verifyPassword('demo-2026!', hash)).toBe(false);
  });

  it('uses memory-hard scrypt with a random salt, never the password in clear', async () => {
    const [a, b] = await Promise.all([hashPassword('Demo-2026!'), hashPassword('Demo-2026!')]);
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Demo-2026!');
  });

  it('refuses malformed stored hashes and unknown accounts', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
    expect(await verifyAgainstDummy('Demo-2026!')).toBe(false);
  });
});
