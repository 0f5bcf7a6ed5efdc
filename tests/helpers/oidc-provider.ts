/**
 * A real OpenID Connect provider for tests: panva's `oidc-provider` (the certified implementation)
 * on a random local port, authorization code flow with PKCE required. Only its login screen is
 * replaced: `idp.as(subject)` says who is signed in at the provider for the next trip, and the
 * interaction handler finishes login and consent for that account. Everything else — discovery,
 * the authorization and token endpoints, signed ID tokens, PKCE, state and nonce — is the
 * provider's own.
 */
import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface IdpAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

type Stored = { payload: Record<string, unknown>; expiresAt: number | null };

/** oidc-provider's storage interface over one Map; clients are added with `idp.addClient`. */
function memoryAdapter(store: Map<string, Stored>) {
  return class MapAdapter {
    constructor(private readonly model: string) {}
    private key(id: string) {
      return `${this.model}:${id}`;
    }
    async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
      store.set(this.key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : null });
    }
    async find(id: string) {
      const s = store.get(this.key(id));
      if (!s || (s.expiresAt && s.expiresAt < Date.now())) return undefined;
      return s.payload;
    }
    private async findBy(field: string, value: string) {
      for (const [k, s] of store) if (k.startsWith(`${this.model}:`) && s.payload[field] === value) return s.payload;
      return undefined;
    }
    findByUid(uid: string) {
      return this.findBy("uid", uid);
    }
    findByUserCode(code: string) {
      return this.findBy("userCode", code);
    }
    async consume(id: string) {
      const s = store.get(this.key(id));
      if (s) s.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [k, s] of store) if (s.payload.grantId === grantId) store.delete(k);
    }
  };
}

export interface TestIdp {
  issuer: string;
  /** The account signed in at the provider for the next trip (subject → claims). */
  as(subject: string, claims: IdpAccount): void;
  addClient(client: { clientId: string; clientSecret: string; redirectUri: string }): Promise<void>;
  close(): Promise<void>;
}

export async function startTestIdp(): Promise<TestIdp> {
  const store = new Map<string, Stored>();
  const accounts = new Map<string, IdpAccount>();
  let current: string | null = null;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" };

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    adapter: memoryAdapter(store) as never,
    jwks: { keys: [jwk as never] },
    cookies: { keys: ["test-idp-cookie-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Keycloak and Entra ID put the requested claims into the ID token; Charta reads them there.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const claims = accounts.get(sub);
      return claims ? { accountId: sub, claims: async () => ({ sub, ...claims }) } : undefined;
    },
  });
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === "login") {
      if (!current) throw new Error("the test did not say who signs in at the provider (idp.as)");
      await provider.interactionFinished(req, res, { login: { accountId: current } }, { mergeWithLastSubmission: false });
      return;
    }
    const grant = new provider.Grant({ accountId: String(details.session?.accountId), clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  server.on("request", (req, res) => {
    if (req.url?.startsWith("/interaction/")) {
      interaction(req, res).catch((err) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    void callback(req, res);
  });

  return {
    issuer,
    as(subject, claims) {
      accounts.set(subject, claims);
      current = subject;
    },
    async addClient({ clientId, clientSecret, redirectUri }) {
      await store.set(`Client:${clientId}`, {
        payload: {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [redirectUri],
          grant_types: ["authorization_code"],
          response_types: ["code"],
          token_endpoint_auth_method: "client_secret_basic",
        },
        expiresAt: null,
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
