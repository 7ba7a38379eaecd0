import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';
import { HTTP_METHODS } from './openapi-schemas';

/** Every route handler under app/api/v1 as "METHOD /path" in OpenAPI's form ([remote_id] -> {remote_id}). */
function implementedRoutes(): string[] {
  const root = path.join(process.cwd(), 'app', 'api', 'v1');
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const apiPath = `/${path.relative(root, dir).split(path.sep).join('/')}`.replace(/\[([^\]]+)\]/g, '{$1}');
        const source = readFileSync(full, 'utf8');
        for (const [, method] of source.matchAll(
          /export (?:const|async function|function) (GET|POST|PATCH|PUT|DELETE)\b/g,
        ))
          routes.push(`${method} ${apiPath}`);
      }
    }
  };
  walk(root);
  return routes.sort();
}

const documentedRoutes = () =>
  Object.entries(openApiDocument.paths)
    .flatMap(([apiPath, item]) =>
      HTTP_METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${apiPath}`),
    )
    .sort();

describe('the OpenAPI document of /api/v1', () => {
  it('is a valid OpenAPI 3 document', async () => {
    const result = await new Validator().validate(structuredClone(openApiDocument));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route handler of app/api/v1, and no operation that has none', () => {
    expect(implementedRoutes().length).toBeGreaterThan(5);
    expect(documentedRoutes()).toEqual(implementedRoutes());
  });

  it('keeps the earlier contract’s paths and error codes', () => {
    expect(Object.keys(openApiDocument.paths)).toEqual(
      expect.arrayContaining(['/internship_offers', '/internship_offers/{remote_id}', '/sectors']),
    );
    const codes = JSON.stringify(openApiDocument.paths);
    for (const code of [
      'VALIDATION_ERROR',
      'UNAUTHORIZED',
      'FORBIDDEN',
      'NOT_FOUND',
      'DUPLICATE_INTERNSHIP_OFFER',
      'BAD_PAYLOAD',
    ])
      expect(codes).toContain(code);
  });
});
