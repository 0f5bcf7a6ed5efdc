/**
 * Start-up checks of the Node.js server: fail closed, with a message that says what to do, rather
 * than answer 500 on every sign-in later.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { authSecret } = await import("./lib/auth/secret");
  try {
    authSecret();
  } catch (err) {
    console.error(`\nCharta cannot start: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
