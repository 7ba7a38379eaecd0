import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/migrate';
import { createTestDb, type TestDb } from '@/db/testing';
import { containsFolded, foldSql, foldText } from './fold';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function selectValue<T>(expression: SQL): Promise<T> {
  return rowsOf<{ value: T }>(await t.db.execute(sql`select ${expression} as value`))[0]!.value;
}

const samples = [
  'Boulangère',
  'ÉCOLE ÉLÉMENTAIRE',
  'Œuvre d’art, cœur, Cœur',
  'Lætitia, ÆSOPE',
  'Saint-Étienne-du-Rouvray',
  'àâäáãå éèêë íìîï óòôöõ úùûü ç ÿ ñ',
  'ÀÂÄÁÃÅ ÉÈÊË ÍÌÎÏ ÓÒÔÖÕ ÚÙÛÜ Ç Ÿ Ñ',
  'Collège Louise-Michel 93200',
];

describe('accent folding', () => {
  it('gives the same text in SQL as in TypeScript, upper case included', async () => {
    for (const sample of samples) {
      expect(await selectValue<string>(foldSql(sql`${sample}::text`)), sample).toBe(foldText(sample));
    }
  });

  it('finds a text from a search typed without accents or ligatures, and % and _ match only themselves', async () => {
    const matches = (text: string, q: string) => selectValue<boolean>(containsFolded(sql`${text}::text`, q));
    expect(await matches('Boulangère du Cœur', 'BOULANGERE du coeur')).toBe(true);
    expect(await matches('Œuvres sociales', 'oeuvre')).toBe(true);
    expect(await matches('Collège Jean Jaurès', 'jaures')).toBe(true);
    expect(await matches('Collège Jean Jaurès', '100%')).toBe(false);
    expect(await matches('Remise de 100 %', '_')).toBe(false);
  });
});
