import "server-only";
import { randomUUID } from "node:crypto";
import { controlDb } from "@/lib/kernel/db/control";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import type { MessageKey } from "@/lib/kernel/i18n/dictionary";
import { discover, type Discovery } from "./discover";
import { findIdentityProviderView, type IdentityProviderView } from "./list-identity-providers";
import { sealClientSecret } from "./provider-secret";
import type { TIdentityProviderCreate, TIdentityProviderUpdate } from "./schema";

/**
 * Creating and changing a city's identity providers, by its city admin or a platform admin. The
 * issuer is checked against the provider's own discovery document before anything is stored; the
 * secret is sealed (lib/kernel/crypto/secret-box.ts) and only its being changed is audited, never its value.
 */
export interface ProviderScope {
  cityId: string;
  actorId: string;
}

const DISCOVERY_MESSAGES: Record<Exclude<Discovery, { ok: true }>["problem"], MessageKey> = {
  unreachable: "identity.validation.discoveryUnreachable",
  not_oidc: "identity.validation.discoveryNotOidc",
  issuer_mismatch: "identity.validation.discoveryIssuerMismatch",
};

async function checkedIssuer(issuer: string): Promise<string> {
  const found = await discover(issuer);
  if (!found.ok) throw new ValidationError({ issuer: [DISCOVERY_MESSAGES[found.problem]] }, DISCOVERY_MESSAGES[found.problem]);
  return found.issuer;
}

const audited = (p: { displayName: string; issuer: string; clientId: string; enabled: boolean }) => ({
  displayName: p.displayName,
  issuer: p.issuer,
  clientId: p.clientId,
  enabled: p.enabled,
});

export async function createIdentityProvider(scope: ProviderScope, input: TIdentityProviderCreate): Promise<IdentityProviderView> {
  const issuer = await checkedIssuer(input.issuer);
  const id = randomUUID();
  await controlDb().$transaction(async (tx) => {
    const city = await tx.city.findUnique({ where: { id: scope.cityId }, select: { slug: true } });
    if (!city) throw new NotFoundError();
    const data = { displayName: input.displayName, issuer, clientId: input.clientId, enabled: input.enabled };
    await tx.identityProvider.create({
      data: {
        id,
        cityId: scope.cityId,
        ...data,
        clientSecretEncrypted: sealClientSecret(id, input.clientSecret),
        createdById: scope.actorId,
        updatedById: scope.actorId,
      },
    });
    await tx.platformAuditLog.create({
      data: {
        actorId: scope.actorId,
        action: "identity_provider.create",
        cityId: scope.cityId,
        target: city.slug,
        details: { providerId: id, after: audited(data) },
      },
    });
  });
  return (await findIdentityProviderView(scope.cityId, id))!;
}

/** Changes a provider if nobody changed it since the form was loaded; an empty secret keeps the stored one. */
export async function updateIdentityProvider(scope: ProviderScope, input: TIdentityProviderUpdate): Promise<IdentityProviderView> {
  const before = await findIdentityProviderView(scope.cityId, input.id);
  if (!before) throw new NotFoundError();
  if (before.version !== input.version) throw new ConflictError(before);
  const issuer = input.issuer === before.issuer ? before.issuer : await checkedIssuer(input.issuer);
  const data = { displayName: input.displayName, issuer, clientId: input.clientId, enabled: input.enabled };
  const secretChanged = input.clientSecret !== "";
  await controlDb().$transaction(async (tx) => {
    const { count } = await tx.identityProvider.updateMany({
      where: { id: input.id, cityId: scope.cityId, version: input.version },
      data: {
        ...data,
        ...(secretChanged ? { clientSecretEncrypted: sealClientSecret(input.id, input.clientSecret) } : {}),
        updatedById: scope.actorId,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const now = await findIdentityProviderView(scope.cityId, input.id);
      if (!now) throw new NotFoundError();
      throw new ConflictError(now);
    }
    const city = await tx.city.findUniqueOrThrow({ where: { id: scope.cityId }, select: { slug: true } });
    await tx.platformAuditLog.create({
      data: {
        actorId: scope.actorId,
        action: "identity_provider.update",
        cityId: scope.cityId,
        target: city.slug,
        details: { providerId: input.id, before: audited(before), after: audited(data), secretChanged },
      },
    });
  });
  return (await findIdentityProviderView(scope.cityId, input.id))!;
}

/**
 * Removes a provider. Its bindings stay: they record who an (issuer, subject) is, and a provider
 * set up again for the same issuer finds them.
 */
export async function deleteIdentityProvider(scope: ProviderScope, input: { id: string; version: number }): Promise<void> {
  await controlDb().$transaction(async (tx) => {
    const before = await tx.identityProvider.findFirst({ where: { id: input.id, cityId: scope.cityId } });
    if (!before) throw new NotFoundError();
    const { count } = await tx.identityProvider.deleteMany({ where: { id: input.id, cityId: scope.cityId, version: input.version } });
    if (count === 0) throw new ConflictError(await findIdentityProviderView(scope.cityId, input.id));
    const city = await tx.city.findUniqueOrThrow({ where: { id: scope.cityId }, select: { slug: true } });
    await tx.platformAuditLog.create({
      data: {
        actorId: scope.actorId,
        action: "identity_provider.delete",
        cityId: scope.cityId,
        target: city.slug,
        details: { providerId: input.id, before: audited(before) },
      },
    });
  });
}
