/** Hand-made commitments and updates for the dashboard's unit tests. */
import type { DashCommitment, DashUpdate } from "./types";

let seq = 0;

export function commitment(over: Partial<DashCommitment> = {}): DashCommitment {
  seq++;
  return {
    id: `c${seq}`,
    elementKey: null,
    layer: "foundation",
    title: `Commitment ${seq}`,
    status: "not_started",
    progress: 0,
    maturity: "none",
    ownerId: null,
    departmentId: null,
    startDate: null,
    targetDate: null,
    charterArticles: [],
    udhrArticles: [],
    sdgs: [],
    groups: [],
    createdAt: new Date("2024-01-01T10:00:00Z"),
    ...over,
  };
}

export function update(commitmentId: string, at: string, change: Partial<Omit<DashUpdate, "id" | "commitmentId" | "at">>): DashUpdate {
  seq++;
  return {
    id: `u${seq}`,
    commitmentId,
    at: new Date(at),
    authorId: null,
    fromStatus: null,
    toStatus: null,
    fromProgress: null,
    toProgress: null,
    fromMaturity: null,
    toMaturity: null,
    ...change,
  };
}
