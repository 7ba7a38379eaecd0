import 'server-only';
import { describeError, log } from '@/lib/log';
import { authenticateApiRequest } from './auth-mutations';
import { consumeApiQuota } from './rate-limit';
import { API_ERRORS, type ApiCaller, type ApiErrorBody, type ApiOutcome } from './types';

/*
 * The one way through for every /api/v1 route handler: authenticate the token, count the call
 * against its rate limit, run the handler, turn its ApiOutcome into JSON, and log the call (one
 * line, never the token). A handler only speaks ApiOutcome; it never builds a Response.
 */

export type ApiHandler<P> = (caller: ApiCaller, request: Request, params: P) => Promise<ApiOutcome<unknown>>;

/** Wraps a handler into a Next.js route handler: `export const POST = apiRoute(async (caller, request) => …)`. */
export function apiRoute<P extends Record<string, string | string[]> = Record<string, never>>(
  handler: ApiHandler<P>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    const started = performance.now();
    let caller: ApiCaller | null = null;
    let response: Response;
    let failure: string | undefined;
    try {
      const authentication = await authenticateApiRequest(request);
      if (!authentication.ok) response = errorResponse(authentication);
      else {
        caller = authentication.caller;
        const quota = await consumeApiQuota(caller.tokenId);
        if (!quota.ok)
          response = errorResponse(
            { code: 'TOO_MANY_REQUESTS', error: `rate limit exceeded, retry in ${quota.retryAfter} seconds` },
            { 'Retry-After': String(quota.retryAfter) },
          );
        else response = outcomeResponse(await handler(caller, request, await context.params));
      }
    } catch (error) {
      // A bug or a database failure: the partner learns nothing of it but that it is ours.
      failure = describeError(error);
      response = errorResponse({ code: 'INTERNAL_ERROR', error: 'internal server error' });
    }
    log(failure ? 'error' : 'info', 'api_request', {
      tokenId: caller?.tokenId ?? null,
      operatorId: caller?.operatorId ?? null,
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
      ...(failure && { error: failure }),
    });
    return response;
  };
}

function outcomeResponse(outcome: ApiOutcome<unknown>): Response {
  if (!outcome.ok) return errorResponse({ code: outcome.code, error: outcome.error });
  return json(outcome.body, outcome.status);
}

function errorResponse(body: ApiErrorBody, headers: Record<string, string> = {}): Response {
  return json({ code: body.code, error: body.error }, API_ERRORS[body.code], headers);
}

/** Every answer holds one operator's data: never kept by a shared cache or proxy. */
function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
