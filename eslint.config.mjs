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
    // Only the data-access layer (lib/<domain>/queries.ts, mutations.ts) and scripts talk to the database.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/db', '@/db/*'], message: 'Passez par lib/<domaine>/queries.ts ou mutations.ts.' }] },
      ],
    },
  },
];

export default eslintConfig;
