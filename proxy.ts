import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';

const { auth } = NextAuth(authConfig);

/**
 * Optimistic check only: anonymous visitors of a role space go to /connexion and come back after.
 * Roles and scopes are checked by each page, action and route handler, never here.
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
