import { openApiDocument } from '@/lib/api/openapi';

/** The partner API's OpenAPI document, public (no token): tools generate their clients from it. */
export function GET(): Response {
  return Response.json(openApiDocument, { headers: { 'cache-control': 'public, max-age=300' } });
}
