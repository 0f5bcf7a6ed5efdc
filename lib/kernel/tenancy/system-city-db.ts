/**
 * The named back door: a city's client for code that runs with no signed-in member to check —
 * scheduled jobs, the public site, the platform admin, the demo seed. Everything else goes through
 * the door (./city-access.ts). Each caller says why it may skip the membership check, so that every
 * such access can be found by its reason (grep `systemCityDb(`) and shows in the debug log.
 * (No "server-only" import: the demo seed calls it under plain Node.)
 */
import { cityDbForSchema, type CityDb } from "@/lib/kernel/db/city-clients";
import { log } from "@/lib/kernel/log";

/**
 * Why a city's data is read or written without a member's session:
 * - `job`: a scheduled job working through every active city (reminders, notices, missing documents);
 * - `publication`: the public site and its downloads, reading only what the city published
 *   (always through ./public-city.ts `publicCity`);
 * - `platform-admin`: the platform admin, who need not be a member, on a city's settings (its logo);
 * - `demo-seed`: the demo data scripts (scripts/demo-data).
 * Provisioning and backup work on the schema in plain SQL and need no client.
 */
export type SystemCityReason = "job" | "publication" | "platform-admin" | "demo-seed";

export function systemCityDb(city: { schemaName: string }, reason: SystemCityReason): CityDb {
  log("debug", "system city access", { schema: city.schemaName, reason });
  return cityDbForSchema(city.schemaName);
}
