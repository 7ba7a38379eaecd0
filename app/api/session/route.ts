import { getHeaderState } from '@/lib/auth/session';

/**
 * GET /api/session: what the header and the demo banner show the caller (lib/auth/types.ts
 * HeaderState). The browser asks for it on every page, so that pages the same for everyone are
 * prerendered once instead of rendered per request for the header's sake.
 */
export async function GET(): Promise<Response> {
  return Response.json(await getHeaderState(), { headers: { 'Cache-Control': 'private, no-store' } });
}
