import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { log } from '@/lib/log';
import { openSession, revokeSession, SESSION_MAX_AGE_S, touchSession } from './mutations';
import { verifyAgainstDummy, verifyPassword } from './password';
import { findUserForSignIn } from './queries';
import { clientIp, consumeAttempt, returnAttempt } from './rate-limit';
import { signInSchema } from './schemas';
import type { UserRole } from './types';

/** Thrown when too many failures were recorded: the sign-in form shows a specific message. */
class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

/*
 * Sessions. The cookie is a signed JWT, but what it names is a row of the sessions table, checked
 * on every request (in the jwt callback below, which runs for the proxy, the pages, the actions and
 * the route handlers alike). Why a server-side record: a JWT alone cannot be taken back. Signing out
 * used to clear the cookie, yet requests sent a moment before with the old cookie (router
 * prefetches) answered afterwards with a refreshed cookie and brought the session back; a copied
 * cookie also kept working. Now signing out revokes the row: whatever cookie arrives later, early or
 * late, copied or refreshed, it names a revoked session, the callback returns null and Auth.js
 * clears the cookie. A new password, a deleted or disabled account revoke every session the same way.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  pages: { signIn: '/connexion' },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);
        const now = new Date();
        // Taken before the (slow) password check, atomically: concurrent guesses cannot all pass the
        // limit before the first failure is counted. A right password gives the attempt back.
        if (!(await consumeAttempt('sign_in', email, ip, now))) {
          log('warn', 'sign_in_rate_limited', { ip });
          throw new RateLimitedSignIn();
        }
        const user = await findUserForSignIn(email);
        // Same work whether or not the account exists: timing does not reveal registered e-mails.
        const valid = user?.passwordHash
          ? await verifyPassword(password, user.passwordHash)
          : await verifyAgainstDummy(password);
        if (!user || !valid || user.status === 'disabled') {
          log('info', 'sign_in_failed', { ip });
          return null;
        }
        await returnAttempt('sign_in', email, ip, now);
        const sessionId = await openSession(user.id, now);
        log('info', 'sign_in', { userId: user.id });
        return { id: user.id, role: user.role, sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const { role, sessionId } = user as { role: UserRole; sessionId: string };
        return Object.assign(token, { role, sid: sessionId });
      }
      return typeof token.sid === 'string' && (await touchSession(token.sid)) ? token : null;
    },
    session({ session, token }) {
      if (token.sub) Object.assign(session.user, { id: token.sub, role: token.role, sid: token.sid });
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await revokeSession(sid);
    },
  },
});
