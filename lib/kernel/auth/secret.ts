/**
 * The secret that signs and encrypts session tokens. Without one next-auth answers 500 on every
 * request, or worse, a guessable secret lets anyone mint sessions; so Charta refuses to run
 * without a proper one. (No "server-only" marker: instrumentation.ts imports this at start-up.)
 */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error(
      `NEXTAUTH_SECRET is ${secret ? "too short (use at least 32 characters)" : "not set"}. ` +
        "Sign-in is disabled until it is. Generate one with `openssl rand -base64 32` and set it in the environment " +
        "(every instance behind a load balancer needs the same value); `npm run demo` generates one for you.",
    );
  }
  return secret;
}
