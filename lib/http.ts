/*
 * The answers of the route handlers that send files (CSV, PDF, JSON exports): a route handler
 * answers 401/403/404 itself, in French plain text, rather than redirecting like a page.
 */

/** A short message for a refused or impossible download. */
export function textResponse(message: string, status: number): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * A file as a download. Never kept by a shared cache or proxy: every file holds its caller's own
 * data (pupils' names, a scope's figures, an account's data).
 */
export function attachmentResponse(body: BodyInit, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
