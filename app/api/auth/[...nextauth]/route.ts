import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

/**
 * next-auth's endpoints (sign-in callbacks, session, CSRF, sign-out). Options live in
 * lib/auth/options.ts; without NEXTAUTH_SECRET every request fails with a message saying so.
 */
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
