import { describe, expect, it } from "vitest";
import { startOfUtcDay } from "@/lib/kernel/dates";
import { daysSince, isDueForReminder, isOverdue, isStale, staleCutoff } from "./stale";

const now = new Date("2025-06-30T07:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe("stale", () => {
  it("is stale only when the last update is older than the interval", () => {
    expect(isStale({ lastUpdateAt: daysAgo(89) }, 90, now)).toBe(false);
    expect(isStale({ lastUpdateAt: daysAgo(90) }, 90, now)).toBe(false);
    expect(isStale({ lastUpdateAt: new Date(daysAgo(90).getTime() - 1) }, 90, now)).toBe(true);
    expect(isStale({ lastUpdateAt: daysAgo(10) }, 7, now)).toBe(true);
    expect(staleCutoff(now, 1).toISOString()).toBe("2025-06-29T07:00:00.000Z");
  });

  it("is due for a reminder once per interval", () => {
    const c = { lastUpdateAt: daysAgo(100), lastReminderAt: null as Date | null };
    expect(isDueForReminder(c, 90, now)).toBe(true);
    expect(isDueForReminder({ ...c, lastReminderAt: daysAgo(1) }, 90, now)).toBe(false);
    expect(isDueForReminder({ ...c, lastReminderAt: daysAgo(91) }, 90, now)).toBe(true);
    // Not stale: no reminder, however old the last one.
    expect(isDueForReminder({ lastUpdateAt: daysAgo(5), lastReminderAt: null }, 90, now)).toBe(false);
  });

  it("is overdue when the target date is before today and the commitment is not in place", () => {
    const yesterday = new Date("2025-06-29T00:00:00Z");
    const today = new Date("2025-06-30T00:00:00Z");
    expect(isOverdue({ targetDate: yesterday, status: "in_progress" }, now)).toBe(true);
    expect(isOverdue({ targetDate: yesterday, status: "in_place" }, now)).toBe(false);
    expect(isOverdue({ targetDate: today, status: "planned" }, now)).toBe(false);
    expect(isOverdue({ targetDate: null, status: "planned" }, now)).toBe(false);
    expect(startOfUtcDay(now).toISOString()).toBe("2025-06-30T00:00:00.000Z");
    expect(daysSince(daysAgo(120), now)).toBe(120);
  });
});
