import { PrismaPg } from "@prisma/adapter-pg";
import { LRUCache } from "lru-cache";
import { PrismaClient } from "@/lib/generated/city/client";
import { assertSchemaName } from "@/lib/kernel/tenancy/schema-name";
import { getPool } from "./pool";
import { serialTransactions } from "./serial-transactions";

export type CityDb = PrismaClient;

/**
 * City clients, one per city schema, in a bounded LRU. A client per request would rebuild the
 * query compiler every time; an unbounded map would grow with the number of cities.
 * `$disconnect()` on eviction frees the client's compiler; it does not close the shared pool.
 */
function createCache() {
  return new LRUCache<string, PrismaClient>({
    max: Math.max(1, Number(process.env.CITY_CLIENT_CACHE_SIZE ?? 50)),
    dispose: (client) => {
      void client.$disconnect();
    },
  });
}

const globalForCities = globalThis as unknown as { chartaCityClients?: ReturnType<typeof createCache> };

function cache() {
  globalForCities.chartaCityClients ??= createCache();
  return globalForCities.chartaCityClients;
}

/**
 * The client of one city schema. Only the tenancy layer calls this, after it has checked the
 * user's membership (lib/kernel/tenancy/city-access.ts); pages and actions never do.
 */
export function cityDbForSchema(schemaName: string): CityDb {
  assertSchemaName(schemaName);
  let client = cache().get(schemaName);
  if (!client) {
    client = new PrismaClient({ adapter: serialTransactions(new PrismaPg(getPool(), { schema: schemaName })) });
    cache().set(schemaName, client);
  }
  return client;
}

export function cityClientCacheSize(): number {
  return cache().size;
}

export async function clearCityClients(): Promise<void> {
  cache().clear();
}
