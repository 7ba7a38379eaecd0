import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const eslintConfig = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'public/**',
      'db/migrations/**',
      '.data/**',
      'next-env.d.ts',
      'playwright-report/**',
      'test-results/**',
    ],
  },
  {
    // `const { id: _id, ...copy } = row` drops fields on purpose.
    rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] },
  },
  {
    // Pages and components never touch the database: they call lib/<domain>/queries and actions.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/db', '@/db/*'], message: 'Passez par lib/<domaine>/queries.ts ou mutations.ts.' }] },
      ],
    },
  },
  {
    // In lib/, only the data-access files (queries, mutations and their topic-prefixed forms) open the
    // database; the SQL fragments they share (scope.ts, availability.ts) may name its tables. Anyone
    // may import types, such as the Db a transaction passes around, and the enums.
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/**/*queries.ts', 'lib/**/*mutations.ts', 'lib/**/*.test.ts', 'lib/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db/client', '@/db/testing', '@/db/migrate', '@/db/seed/*'],
              allowTypeImports: true,
              message: 'Seuls les fichiers *queries.ts et *mutations.ts ouvrent la base.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: [
      'lib/**/*queries.ts',
      'lib/**/*mutations.ts',
      'lib/**/scope.ts',
      'lib/**/*-scope.ts',
      'lib/offers/availability.ts',
      'lib/**/*.test.ts',
      'lib/testing/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db/client', '@/db/testing', '@/db/migrate', '@/db/seed/*'],
              allowTypeImports: true,
              message: 'Seuls les fichiers *queries.ts et *mutations.ts ouvrent la base.',
            },
            {
              regex: '^@/db/schema(/(?!enums$).*)?$',
              allowTypeImports: true,
              message: 'Les tables se lisent dans *queries.ts, *mutations.ts et les fragments SQL (scope.ts).',
            },
          ],
        },
      ],
    },
  },
];

export default eslintConfig;
