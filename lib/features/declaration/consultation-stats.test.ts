import { describe, expect, it } from "vitest";
import { consultationStats, type CommentForStats } from "./consultation-stats";

const c = (over: Partial<CommentForStats>): CommentForStats => ({ authorId: "u1", parentId: null, outcome: null, hiddenAt: null, deletedAt: null, ...over });

describe("consultation stats", () => {
  it("counts threads, replies, commenters and outcome shares; hidden and deleted count nowhere", () => {
    const s = consultationStats([
      c({ outcome: "accepted" }),
      c({ authorId: "u2", outcome: "partly_accepted" }),
      c({ authorId: "u3", outcome: "not_taken_up" }),
      c({ authorId: "u3", outcome: null }),
      c({ authorId: "u4", parentId: "x" }),
      c({ authorId: "u5", hiddenAt: new Date(), outcome: "accepted" }),
      c({ authorId: "u6", deletedAt: new Date() }),
    ]);
    expect(s).toMatchObject({ comments: 4, replies: 1, commenters: 4, answered: 3 });
    expect(s.byOutcome).toEqual({ accepted: 1, partly_accepted: 1, not_taken_up: 1, out_of_scope: 0 });
    expect(s.acceptedShare).toBeCloseTo(1 / 3);
    expect(s.acceptedOrPartlyShare).toBeCloseTo(2 / 3);
  });

  it("has no shares before any answer", () => {
    expect(consultationStats([c({})])).toMatchObject({ comments: 1, acceptedShare: null, acceptedOrPartlyShare: null });
    expect(consultationStats([])).toMatchObject({ comments: 0, commenters: 0, acceptedShare: null });
  });
});
