/**
 * Strict-Transport-Security on every response — pages, the API, static files — when Charta's public
 * address is https. Added here, at run time, rather than in next.config.js, whose headers are fixed
 * when the app is built (the Docker image is built before anyone has set NEXTAUTH_URL).
 */
import { strictTransportSecurity } from "../../lib/kernel/security/policies.mjs";

export function withStrictTransportSecurity(listener, publicUrl = process.env.NEXTAUTH_URL) {
  const value = strictTransportSecurity(publicUrl);
  if (!value) return listener;
  return (req, res) => {
    res.setHeader("Strict-Transport-Security", value);
    return listener(req, res);
  };
}
