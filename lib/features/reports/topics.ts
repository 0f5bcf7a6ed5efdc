/**
 * The report's topics (each written in the Graz form: data and facts, problems and gaps, good
 * practice, recommendations) and its report-wide parts. Keys are stored in ReportSection.topic.
 */
export const REPORT_TOPICS = ["framework", "declaration", "action_plan", "indicators"] as const;
export type ReportTopic = (typeof REPORT_TOPICS)[number];

export const TOPIC_KINDS = ["data_facts", "problems_gaps", "good_practice", "recommendations"] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** Topic key of the report-wide parts. */
export const REPORT_WIDE = "report";
export const REPORT_WIDE_KINDS = ["foreword", "summary", "method", "easy_read"] as const;
export type ReportWideKind = (typeof REPORT_WIDE_KINDS)[number];

export type SectionKind = TopicKind | ReportWideKind;
export const SECTION_KINDS = [...TOPIC_KINDS, ...REPORT_WIDE_KINDS] as const;

export function isReportTopic(value: string): value is ReportTopic {
  return (REPORT_TOPICS as readonly string[]).includes(value);
}

/** Every (topic, kind) slot a report has, in reading order. */
export function sectionSlots(): { topic: string; kind: SectionKind }[] {
  return [
    { topic: REPORT_WIDE, kind: "foreword" },
    { topic: REPORT_WIDE, kind: "summary" },
    ...REPORT_TOPICS.flatMap((topic) => TOPIC_KINDS.map((kind) => ({ topic, kind }))),
    { topic: REPORT_WIDE, kind: "method" },
    { topic: REPORT_WIDE, kind: "easy_read" },
  ];
}

/** Whether a topic/kind pair is one a report has. */
export function isSlot(topic: string, kind: string): boolean {
  return sectionSlots().some((s) => s.topic === topic && s.kind === kind);
}
