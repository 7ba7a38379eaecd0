import type { NextAuthConfig } from 'next-auth';
import type { UserRole } from './types';

/**
 * The part of the Auth.js configuration that needs no database: used by proxy.ts, which only
 * redirects anonymous visitors. Authorisation itself happens in every page, action and handler.
 */
export const authConfig = {
  pages: { signIn: '/connexion' },
  session: { strategy: 'jwt', maxAge: 8 * 3600 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // signedInAt survives token refreshes (iat does not): sessions older than a password change end.
      if (user)
        Object.assign(token, { role: (user as { role?: UserRole }).role, signedInAt: Math.floor(Date.now() / 1000) });
      return token;
    },
    session({ session, token }) {
      if (token.sub) Object.assign(session.user, { id: token.sub, role: token.role, signedInAt: token.signedInAt });
      return session;
    },
  },
} satisfies NextAuthConfig;
