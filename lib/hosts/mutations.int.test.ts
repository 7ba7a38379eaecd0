import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formData } from '@/lib/testing/form-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { emailOutbox, hostMembers, hostOrganisations, invitations, ministries } from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { markVerified, templatesSentTo } from '@/lib/testing/accounts';
import { parseForm } from '@/lib/forms';
import { SIRET_CHECKSUM_MESSAGE } from '@/lib/geo/siret';
import { inviteColleague, signUpHost } from './mutations';
import { getOperatorOverview, getOrganisationTeam } from './queries';
import { hostSignUpSchema } from './schemas';

let t: TestDb;
let interiorId: string;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  [{ id: interiorId }] = (await t.db
    .select({ id: ministries.id })
    .from(ministries)
    .where(eq(ministries.name, 'Intérieur'))) as [{ id: string }];
});
afterAll(() => t.close());

const person = (email: string) => ({
  firstName: 'Alex',
  lastName: 'Martin',
  email,
  password: 'une phrase de passe assez longue',
});
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;

/** Parses like the sign-up action does, signs up, then opens the verification link. */
async function signUp(fields: Record<string, string>) {
  const parsed = parseForm(hostSignUpSchema, formData(fields));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.state.fieldErrors));
  const result = await signUpHost(parsed.data, t.db);
  if (result.ok) await markVerified(t.db, parsed.data.email);
  return result;
}

async function organisationOf(userId: string) {
  const [row] = await t.db
    .select()
    .from(hostOrganisations)
    .innerJoin(hostMembers, eq(hostMembers.organisationId, hostOrganisations.id))
    .where(eq(hostMembers.userId, userId));
  return row!.host_organisations;
}

describe('host sign-up', () => {
  it('requires a supervising ministry for a public administration, and attaches it', async () => {
    const missing = parseForm(
      hostSignUpSchema,
      formData({ kind: 'public', organisationName: 'Sous-préfecture du Raincy', ...person('sp@demo.test') }),
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.state.fieldErrors?.ministryId).toBe('Choisissez le ministère de tutelle de votre administration.');

    const result = await signUp({
      kind: 'public',
      organisationName: 'Sous-préfecture du Raincy',
      ministryId: interiorId,
      postcode: '93340',
      ...person('sp@demo.test'),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const organisation = await organisationOf(result.data.userId);
    expect(organisation).toMatchObject({
      kind: 'public',
      ministryId: interiorId,
      paqteGroupId: null,
      departmentCode: '93',
    });
    expect(await loadSessionUser(result.data.userId, t.db)).toMatchObject({
      role: 'host',
      organisationId: organisation.id,
    });
  });

  it('lets a company join a PAQTE group and stores its SIRET without spaces', async () => {
    const result = await signUp({
      kind: 'private',
      organisationName: 'Transports Seine',
      paqteGroupId: demoId(301),
      siret: '884 123 792 00019',
      ...person('transports@demo.test'),
    });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(await organisationOf(result.data.userId)).toMatchObject({
        kind: 'private',
        paqteGroupId: demoId(301),
        ministryId: null,
        siret: '88412379200019',
      });
  });

  it('signs up an association with neither ministry nor group, even if the form still carries them', async () => {
    const result = await signUp({
      kind: 'association',
      organisationName: 'Les Ateliers du 13',
      ministryId: interiorId,
      paqteGroupId: demoId(301),
      ...person('ateliers@demo.test'),
    });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(await organisationOf(result.data.userId)).toMatchObject({
        kind: 'association',
        ministryId: null,
        paqteGroupId: null,
      });
  });

  it('refuses an invalid SIRET on the siret field, keeping what was typed', async () => {
    const parsed = parseForm(
      hostSignUpSchema,
      formData({
        kind: 'private',
        organisationName: 'Erreur SARL',
        siret: '88412379200018',
        ...person('erreur@demo.test'),
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.state.fieldErrors).toEqual({ siret: SIRET_CHECKSUM_MESSAGE });
    expect(parsed.state.values).toMatchObject({
      organisationName: 'Erreur SARL',
      siret: '88412379200018',
      email: 'erreur@demo.test',
    });
    expect(parsed.state.values).not.toHaveProperty('password');
  });

  it('creates nothing for an address already in use (its owner is e-mailed instead) and leaves no orphan organisation', async () => {
    const before = (await t.db.select().from(hostOrganisations)).length;
    const result = await signUp({ kind: 'association', organisationName: 'Doublon', ...person(PEOPLE.host.email) });
    expect(result).toMatchObject({ ok: false, code: 'EMAIL_TAKEN' });
    expect(await t.db.select().from(hostOrganisations)).toHaveLength(before);
    expect(await templatesSentTo(t.db, PEOPLE.host.email)).toEqual(['sign_up_with_taken_address']);
  });

  it('refuses a forged ministry id with a message rather than a database error', async () => {
    const result = await signUp({
      kind: 'public',
      organisationName: 'Fausse',
      ministryId: '00000000-0000-4000-8000-000000000000',
      ...person('fausse@demo.test'),
    });
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { ministryId: [expect.any(String)] } });
  });
});

describe('colleague invitations', () => {
  it('invites a colleague into the member’s own organisation and e-mails the link', async () => {
    const host = await actor(PEOPLE.host.id);
    const result = await inviteColleague(host, { organisationId: demoId(311), email: 'collegue@horizon.test' }, t.db);
    expect(result.ok).toBe(true);
    const [invitation] = await t.db.select().from(invitations).where(eq(invitations.email, 'collegue@horizon.test'));
    expect(invitation).toMatchObject({
      kind: 'host_colleague',
      organisationId: demoId(311),
      invitedBy: PEOPLE.host.id,
      usedAt: null,
    });
    const [mail] = await t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, 'collegue@horizon.test'), eq(emailOutbox.template, 'host_invitation')));
    expect(mail?.textBody).toContain('Horizon Logistique Plaine Commune');

    const team = await getOrganisationTeam(host, new Date(), t.db);
    expect(team?.members.map((m) => m.email)).toEqual([PEOPLE.host.email]);
    expect(team?.pending.map((p) => p.email)).toEqual(['collegue@horizon.test']);
  });

  it('refuses a forged organisation id: a host of one organisation cannot invite into another', async () => {
    const host = await actor(PEOPLE.host.id);
    const result = await inviteColleague(host, { organisationId: demoId(312), email: 'intrus@horizon.test' }, t.db);
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(
      await t.db
        .select()
        .from(invitations)
        .where(eq(invitations.organisationId, demoId(312))),
    ).toEqual([]);
    // Nor does the other organisation's team page show the first one's invitations.
    const other = await getOrganisationTeam(await actor(PEOPLE.publicHost.id), new Date(), t.db);
    expect(other?.pending).toEqual([]);
  });

  it('refuses to invite someone already in the organisation', async () => {
    const result = await inviteColleague(
      await actor(PEOPLE.host.id),
      { organisationId: demoId(311), email: PEOPLE.host.email },
      t.db,
    );
    expect(result).toMatchObject({ ok: false, code: 'ALREADY_MEMBER' });
  });

  it('gives other roles no team to read and no invitation to send', async () => {
    const operator = await actor(PEOPLE.operator.id);
    expect(await getOrganisationTeam(operator, new Date(), t.db)).toBeNull();
    expect(await inviteColleague(operator, { organisationId: demoId(313), email: 'x@demo.test' }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('operator landing page', () => {
  it('names the operator and the organisations it supports, and nothing for a host', async () => {
    const overview = await getOperatorOverview(await actor(PEOPLE.operator.id), t.db);
    expect(overview?.operator.name).toBe('Tous en stage');
    expect(overview?.hosts.map((h) => h.id).sort()).toEqual([demoId(313), demoId(314)]);
    expect(await getOperatorOverview(await actor(PEOPLE.host.id), t.db)).toBeNull();
  });
});
