import { describe, expect, it } from "vitest";
import { commitmentLabel, composeDigest, composeOwnerReminder, formatDay, MAX_LISTED } from "./compose";

const item = (elementKey: string | null, title = "Own commitment") => ({
  elementKey,
  title,
  status: "planned",
  lastUpdateAt: new Date("2025-01-10T12:00:00Z"),
  targetDate: new Date("2025-03-01T00:00:00Z"),
});

describe("reminder texts", () => {
  it("names framework elements in the reader's language and the city's own commitments by title", () => {
    expect(commitmentLabel(item("S3"), "en")).toMatch(/^S3 /);
    expect(commitmentLabel(item("S3"), "nl")).not.toBe(commitmentLabel(item("S3"), "en"));
    expect(commitmentLabel(item(null, "Youth council"), "nl")).toBe("Youth council");
  });

  it("writes one reminder per owner, in Dutch or English, with the link in the email only", () => {
    const nl = composeOwnerReminder({
      locale: "nl",
      cityName: "Zonnestad",
      intervalDays: 90,
      recipientName: "Sanne",
      items: [item("F1")],
      link: "https://charta.example/z",
    });
    expect(nl.title).toBe("Een toezegging in Zonnestad heeft een update nodig");
    expect(nl.body).toContain("langer dan 90 dagen");
    expect(nl.body).not.toContain("https://");
    expect(nl.emailText).toMatch(/^Beste Sanne,/);
    expect(nl.emailText).toContain("https://charta.example/z");
    const en = composeOwnerReminder({
      locale: "en",
      cityName: "Riverton",
      intervalDays: 30,
      recipientName: "Sam",
      items: [item("F1"), item(null)],
      link: "/x",
    });
    expect(en.emailSubject).toBe("2 commitments in Riverton need an update");
  });

  it("cuts long lists and lists stale and overdue items in the digest", () => {
    const many = Array.from({ length: MAX_LISTED + 3 }, (_, i) => item(null, `C${i}`));
    const digest = composeDigest({
      locale: "en",
      cityName: "Riverton",
      intervalDays: 90,
      recipientName: "Ann",
      stale: many,
      overdue: [item("T4")],
      link: "/x",
    });
    expect(digest.body).toContain(`No update for more than 90 days (${MAX_LISTED + 3}):`);
    expect(digest.body).toContain("… and 3 more.");
    expect(digest.body).toContain("owner none");
    expect(digest.body).toMatch(/• T4 .*: target date 1 Mar 2025, status Planned/);
  });

  it("shows a stored date as the same calendar day in every time zone", () => {
    expect(formatDay("en", new Date("2025-03-01T00:00:00Z"))).toBe("1 Mar 2025");
    expect(formatDay("nl", new Date("2025-03-01T00:00:00Z"))).toBe("1 mrt 2025");
  });
});
