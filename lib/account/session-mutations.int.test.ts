import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { openSession, touchSession } from '@/lib/auth/mutations';
import { loadSessionUser } from '@/lib/auth/queries';
import { signOutEverywhere } from './session-mutations';

let t: TestDb;
const now = new Date();

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, now);
});
afterAll(() => t.close());

describe('signing out of every device', () => {
  it('ends every session of the user, the current one too, and no one else’s', async () => {
    const [phone, laptop, current] = [
      await openSession(PEOPLE.teacher.id, now, t.db),
      await openSession(PEOPLE.teacher.id, now, t.db),
      await openSession(PEOPLE.teacher.id, now, t.db),
    ];
    const someoneElse = await openSession(PEOPLE.head.id, now, t.db);

    const teacher = (await loadSessionUser(PEOPLE.teacher.id, t.db))!;
    expect(await signOutEverywhere(teacher, now, t.db)).toEqual({ ok: true, data: undefined });

    for (const session of [phone, laptop, current]) expect(await touchSession(session, now, t.db)).toBe(false);
    expect(await touchSession(someoneElse, now, t.db)).toBe(true);
    expect(
      await t.db.$count(
        auditLog,
        and(eq(auditLog.action, 'user.sessions_revoked'), eq(auditLog.targetId, PEOPLE.teacher.id)),
      ),
    ).toBe(1);
    // Signing in again opens a working session.
    expect(await touchSession(await openSession(PEOPLE.teacher.id, now, t.db), now, t.db)).toBe(true);
  });
});
