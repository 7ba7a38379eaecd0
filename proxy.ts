import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth/auth';

/**
 * Anonymous visitors of a role space go to /connexion and come back after. The proxy runs on the
 * Node.js runtime with the same Auth.js configuration as the pages: a signed-out (revoked) session
 * counts as anonymous here too, and its cookie is cleared. Roles and scopes are checked by each
 * page, action and route handler, never here.
 */
export default auth((request) => {
  if (request.auth) return NextResponse.next();
  const url = new URL('/connexion', request.nextUrl);
  url.searchParams.set('callbackUrl', request.nextUrl.pathname);
  return NextResponse.redirect(url);
});

export const config = {
  matcher: [
    '/eleve/:path*',
    '/etablissement/:path*',
    '/entreprise/:path*',
    '/pilotage/:path*',
    '/admin/:path*',
    '/compte/:path*',
    '/espace',
  ],
};
