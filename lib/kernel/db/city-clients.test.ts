import { afterEach, describe, expect, it, vi } from "vitest";

describe("city client cache", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is bounded, reuses clients, and disconnects the ones it evicts", async () => {
    vi.stubEnv("CITY_CLIENT_CACHE_SIZE", "2");
    vi.resetModules();
    (globalThis as Record<string, unknown>).chartaCityClients = undefined;
    const { cityDbForSchema, cityClientCacheSize, clearCityClients } = await import("./city-clients");
    const a = cityDbForSchema("city_lru_a");
    expect(cityDbForSchema("city_lru_a")).toBe(a);
    const disconnect = vi.spyOn(a, "$disconnect");
    cityDbForSchema("city_lru_b");
    cityDbForSchema("city_lru_c"); // evicts a, the least recently used
    expect(cityClientCacheSize()).toBe(2);
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(cityDbForSchema("city_lru_a")).not.toBe(a);
    await clearCityClients();
    (globalThis as Record<string, unknown>).chartaCityClients = undefined;
  });

  it("refuses a schema name outside the allowlist", async () => {
    const { cityDbForSchema } = await import("./city-clients");
    expect(() => cityDbForSchema('public"; drop')).toThrow(/allowlist/);
  });
});
