import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE, demoId } from '@/db/seed/demo-data';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { renderAuthorisationForms } from './authorisation-pdf';
import { getAuthorisationForms } from './queries';

let t: TestDb;
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
// poppler-utils, as a parent's PDF reader would see the text (CI installs it); line breaks and
// no-break spaces read as plain spaces.
const textOf = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
});
afterAll(() => t.close());

describe('parental authorisation forms', () => {
  it('prints one page per pupil of the class, named, with the annex 2 text', async () => {
    const form = await getAuthorisationForms(await actor(PEOPLE.teacher.id), demoId(201), { all: true }, t.db);
    expect(form?.pupils.map((p) => p.lastName)).toEqual(['Benali', 'Diallo', 'Haddad', 'Nguyen']);
    const pdf = await renderAuthorisationForms(form!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(4);
    const text = textOf(pdf);
    expect(text).toContain('Inès Benali');
    expect(text).toContain('BENALI Inès');
    expect(text).toContain('Autorisation parentale d’utilisation de la plateforme « Mon stage de troisième »');
    expect(text).toMatch(
      /représentant légal de l’enfant HADDAD Yanis, scolarisé\(e\) dans la classe 3e A du Collège Henri Barbusse/,
    );
    expect(text).toContain('/donnees-personnelles');
  });

  it('keeps accents intact in names (Marianne embedded, not Helvetica)', async () => {
    const form = await getAuthorisationForms(await actor(PEOPLE.head.id), demoId(202), { all: true }, t.db);
    const text = textOf(await renderAuthorisationForms(form!));
    expect(text).toContain('Lina Traoré');
    expect(text).toContain('TRAORÉ Lina');
  });

  it('prints only the pupils still awaiting authorisation by default, and a blank form when there is none', async () => {
    const teacher = await actor(PEOPLE.teacher.id);
    const pending = await getAuthorisationForms(teacher, demoId(201), {}, t.db);
    expect(pending?.pupils.map((p) => p.firstName)).toEqual(['Yanis']);
    const blank = await renderAuthorisationForms({ ...pending!, pupils: [] });
    expect(pageCount(blank)).toBe(1);
    expect(textOf(blank)).toContain('À remettre à chaque élève');
  });

  it('is refused to staff of another school and to a teacher who is not the class main teacher', async () => {
    expect(
      await getAuthorisationForms(await actor(PEOPLE.headMarseille.id), demoId(201), { all: true }, t.db),
    ).toBeNull();
    expect(await getAuthorisationForms(await actor(PEOPLE.teacher.id), demoId(202), { all: true }, t.db)).toBeNull();
    expect(await getAuthorisationForms(await actor(PEOPLE.host.id), demoId(201), { all: true }, t.db)).toBeNull();
  });
});
