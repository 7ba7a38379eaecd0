import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { log } from '@/lib/log';
import { authConfig } from './config';
import { markSignedIn } from './mutations';
import { verifyAgainstDummy, verifyPassword } from './password';
import { findUserForSignIn } from './queries';
import { clientIp, consumeAttempt, returnAttempt } from './rate-limit';
import { signInSchema } from './schemas';

/** Thrown when too many failures were recorded: the sign-in form shows a specific message. */
class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
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
        await markSignedIn(user.id);
        log('info', 'sign_in', { userId: user.id });
        return { id: user.id, role: user.role };
      },
    }),
  ],
});
