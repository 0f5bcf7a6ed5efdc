/** Riverton (IE): an Irish county town with a human rights office and a declaration adopted in 2025. */
import type { DemoCity } from "../demo-types";

const CEO = "Chief Executive's Office";
const HOUSING = "Housing";
const COMMUNITY = "Community and Culture";
const HR = "Human Resources";
const LEGAL = "Legal Services";
const PLANNING = "Planning and Transport";

export const RIVERTON: DemoCity = {
  slug: "riverton",
  name: "Riverton",
  country: "IE",
  defaultLocale: "en",
  domain: "riverton.example",
  declaration: {
    title: "Riverton Human Rights City Declaration",
    locale: "en",
    addedArticle: {
      title: "A healthy environment",
      text: "Riverton treats clean air, safe water and protection from flooding as rights of every resident, and gives priority to the neighbourhoods that carry the heaviest environmental burden.",
      note: "Article on a healthy environment added after the advisory council's round table",
    },
    stage: "published",
    opensDaysAgo: 420,
    closesInDays: -380,
    adoption: { daysAgo: 330, resolutionRef: "RCC/2025/041", voteFor: 24, voteAgainst: 3, voteAbstain: 2 },
  },
  departments: [
    { name: CEO, contactName: "Niamh Kelly", contactEmail: "ceo.office@riverton.example" },
    { name: HOUSING, contactName: "Declan Walsh", contactEmail: "housing@riverton.example" },
    { name: COMMUNITY, contactName: "Orla Byrne", contactEmail: "community@riverton.example" },
    { name: HR, contactName: "Ciara Ryan", contactEmail: "hr@riverton.example" },
    { name: LEGAL, contactName: "Patrick Doyle", contactEmail: "legal@riverton.example" },
    { name: PLANNING, contactName: "Emma Nolan", contactEmail: "planning@riverton.example" },
    // Registered, but nothing assigned yet: the dashboard shows where nothing is happening.
    { name: "Environment and Water", contactName: "Liam Brennan", contactEmail: "environment@riverton.example" },
  ],
  commitments: {
    F2: {
      text: "Our policies reference the UN core treaties Ireland has ratified; legal services check new by-laws against them.",
      owner: "officer",
      department: LEGAL,
      startDaysAgo: 600,
      targetInDays: -30,
      charter: [20, 21, 47],
      udhr: [7, 8],
      sdgs: [16],
      history: [
        { daysAgo: 590, status: "planned", progress: 10, note: "Legal Services agreed a screening procedure." },
        { daysAgo: 400, status: "in_progress", progress: 35, maturity: "initiated", note: "New by-laws screened since January." },
        { daysAgo: 150, progress: 55, maturity: "established", note: "Guidance note on the core treaties published for all departments." },
      ],
    },
    S1: {
      text: "The council adopted the Riverton Human Rights Declaration in 2025 after a public consultation with 40 organisations.",
      owner: "admin",
      department: CEO,
      startDaysAgo: 740,
      charter: [1, 21, 41],
      udhr: [1, 2, 21],
      sdgs: [10, 16],
      groups: ["children_youth", "ethnic_minorities_roma", "migrants_refugees", "disabilities"],
      history: [
        { daysAgo: 730, status: "planned", progress: 10, note: "Council motion to become a human rights city." },
        { daysAgo: 600, status: "in_progress", progress: 40, maturity: "initiated", note: "Public consultation with 40 organisations completed." },
        { daysAgo: 430, status: "in_place", progress: 100, maturity: "established", note: "Declaration adopted unanimously by the council." },
        { daysAgo: 100, maturity: "embedded", note: "Declaration referenced in the new corporate plan." },
      ],
    },
    S3: {
      text: "A two-person human rights office in the Chief Executive's department coordinates the programme across departments.",
      owner: "admin",
      department: CEO,
      startDaysAgo: 500,
      targetInDays: 20,
      charter: [41],
      sdgs: [16, 17],
      history: [
        { daysAgo: 490, status: "planned", progress: 10, note: "Budget for two posts approved." },
        { daysAgo: 330, status: "in_progress", progress: 50, maturity: "initiated", note: "Human rights coordinator appointed." },
        { daysAgo: 40, progress: 75, maturity: "established", note: "Second post advertised; interviews next month." },
      ],
    },
    S6: {
      text: "From 2027 we publish an annual human rights report, drafted with the advisory council and presented to the council.",
      owner: "officer",
      department: CEO,
      targetInDays: 240,
      charter: [41, 42],
      udhr: [19, 21],
      sdgs: [16],
      history: [{ daysAgo: 120, status: "planned", progress: 10, note: "Report outline agreed with the advisory council." }],
    },
    T1: {
      text: "Every department names a human rights contact person; their annual plans include at least one rights-based objective.",
      owner: "officer",
      department: HR,
      startDaysAgo: 450,
      targetInDays: 9,
      charter: [21, 41],
      sdgs: [16],
      history: [
        { daysAgo: 440, status: "planned", progress: 5, note: "Proposal agreed by the management team." },
        { daysAgo: 300, status: "in_progress", progress: 30, maturity: "initiated", note: "Contact persons named in four of seven departments." },
        { daysAgo: 70, progress: 60, note: "Six departments have a rights-based objective in their 2026 plan." },
      ],
    },
    T5: {
      text: "A first local human rights action plan for 2027–2030, with a baseline assessment and measurable indicators.",
      owner: "officer",
      department: CEO,
      targetInDays: 330,
      charter: [21, 34, 41],
      sdgs: [10, 16],
      groups: ["homeless", "older_people", "disabilities", "ethnic_minorities_roma"],
      history: [{ daysAgo: 90, status: "planned", progress: 5, note: "Baseline assessment commissioned from the university." }],
    },
    T6: {
      text: "A rights impact checklist for council decisions was piloted in housing; its use in other departments is under review.",
      owner: "officer",
      department: HOUSING,
      startDaysAgo: 520,
      targetInDays: -60,
      charter: [7, 21, 34],
      udhr: [25],
      sdgs: [1, 11],
      groups: ["homeless", "ethnic_minorities_roma"],
      history: [
        { daysAgo: 510, status: "planned", progress: 10, note: "Checklist drafted with the Housing department." },
        { daysAgo: 380, status: "in_progress", progress: 40, maturity: "initiated", note: "Pilot on twelve housing decisions." },
        { daysAgo: 160, progress: 65, note: "Pilot evaluated; staff found it useful but time-consuming." },
        { daysAgo: 50, status: "needs_review", maturity: "established", note: "Roll-out to other departments on hold until the checklist is shortened." },
      ],
    },
    T9: {
      text: "Riverton takes part in a European network of human rights cities and hosts a peer visit every other year.",
      owner: "admin",
      department: CEO,
      startDaysAgo: 700,
      charter: [41],
      sdgs: [17],
      history: [
        { daysAgo: 690, status: "in_progress", progress: 50, maturity: "initiated", note: "Joined the European network." },
        { daysAgo: 360, status: "in_place", progress: 100, maturity: "established", note: "First peer visit hosted, with guests from four cities." },
      ],
    },
  },
  own: [
    {
      layer: "tool",
      title: "Traveller accommodation programme",
      text: "Culturally appropriate accommodation for Traveller families, planned and reviewed with the families and their organisations.",
      createdDaysAgo: 550,
      owner: "officer",
      department: HOUSING,
      startDaysAgo: 540,
      targetInDays: 700,
      charter: [7, 21, 34],
      udhr: [2, 25],
      sdgs: [10, 11],
      groups: ["ethnic_minorities_roma"],
      history: [
        { daysAgo: 530, status: "planned", progress: 10, note: "Consultation with families on three sites." },
        { daysAgo: 280, status: "in_progress", progress: 30, maturity: "initiated", note: "Refurbishment of the first site started." },
        { daysAgo: 25, progress: 45, note: "First site finished; second site in planning." },
      ],
    },
    {
      layer: "tool",
      title: "Age-friendly Riverton",
      text: "Benches, toilets and crossings along the main walking routes, and a phone line for older people who are not online.",
      createdDaysAgo: 380,
      owner: "officer",
      department: PLANNING,
      startDaysAgo: 370,
      targetInDays: -10,
      charter: [25, 26],
      udhr: [25],
      sdgs: [3, 11],
      groups: ["older_people", "disabilities"],
      history: [
        { daysAgo: 360, status: "in_progress", progress: 20, maturity: "initiated", note: "Walking routes surveyed with the older people's council." },
        { daysAgo: 130, progress: 70, note: "Sixty benches placed; phone line open on weekdays." },
      ],
    },
    {
      layer: "structure",
      title: "Inclusive library services",
      text: "Easy-to-read collections, sign language story hours and free digital skills classes in every branch library.",
      createdDaysAgo: 260,
      owner: "admin",
      department: COMMUNITY,
      startDaysAgo: 250,
      charter: [14, 26],
      udhr: [26, 27],
      sdgs: [4, 10],
      groups: ["disabilities", "migrants_refugees", "older_people"],
      history: [
        { daysAgo: 240, status: "in_progress", progress: 40, maturity: "initiated", note: "Easy-to-read collections in all four branches." },
        { daysAgo: 15, status: "in_place", progress: 100, maturity: "established", note: "Digital skills classes running weekly in every branch." },
      ],
    },
  ],
  // The declaration was adopted in 2025 after a consultation whose summary is public (issue 4).
  consultationComments: [
    {
      by: "advisory",
      passage: { block: 14, words: "makes it easy to report" },
      body: "Reporting should also be possible in Irish, Polish and Ukrainian, and anonymously.",
      consent: true,
      daysAgo: 410,
      outcome: { value: "accepted", reason: "The reporting point now takes reports in five languages and without a name." },
    },
    {
      by: "council",
      passage: { block: 8, words: "assessed for their effect on human rights" },
      body: "Who does the assessment, and is it published?",
      daysAgo: 405,
      outcome: { value: "partly_accepted", reason: "The human rights office does it; publication of every assessment is planned for the next action plan." },
      replies: [{ by: "officer", body: "We will publish the assessment template on the website first.", daysAgo: 400 }],
    },
    {
      by: "advisory",
      body: "Please add a commitment to a local minimum wage above the national one.",
      daysAgo: 398,
      outcome: { value: "out_of_scope", reason: "Wages are set nationally; the council cannot decide this locally." },
    },
  ],
  // Last year's report, consulted on, approved by the council and published.
  report: {
    locales: ["en"],
    sections: [
      {
        topic: "report",
        kind: "foreword",
        content: {
          en: "Riverton adopted its Human Rights Declaration after a year of listening to residents and local organisations. This report is our first account of what followed: what we did, what we did not manage, and what we will do next.",
        },
      },
      {
        topic: "report",
        kind: "summary",
        content: {
          en: "The year brought the declaration into the corporate plan and a screening of new by-laws against the core treaties. Housing remains the hardest area.\n\n- The human rights office now advises every department.\n- Waiting times for adapted housing did not fall.",
        },
      },
      {
        topic: "report",
        kind: "method",
        content: {
          en: "The figures come from the city's commitments register as it stood on 31 December. The Community Rights Forum read the draft and its comments were answered before the council approved the report.",
        },
      },
      {
        topic: "report",
        kind: "easy_read",
        content: {
          en: "Riverton wants everyone's rights to be respected. This year the council made promises in writing. Some things got better. Finding a home that fits your needs is still too hard. We will keep working on it.",
        },
      },
      {
        topic: "framework",
        kind: "data_facts",
        content: {
          en: "Most foundations and structures were in place by the end of the year; the tools are still being built.",
        },
      },
      {
        topic: "framework",
        kind: "problems_gaps",
        content: {
          en: "Adapted housing for disabled residents still has a waiting list of over two years. Two commitments passed their target date without a new one being set.",
        },
      },
      {
        topic: "framework",
        kind: "good_practice",
        content: {
          en: "Legal Services' guidance note on the core treaties is now used by every department when it drafts a by-law.",
        },
      },
    ],
    recommendations: [
      { topic: "framework", text: "Publish the waiting times for adapted housing every quarter.", department: HOUSING },
      { topic: "framework", text: "Set a new target date for every commitment that has passed its own.", department: CEO },
    ],
    lifecycle: [
      { to: "consultation", note: "Draft shared with the Community Rights Forum." },
      { to: "approved", note: "Approved by the council at its February meeting.", decisionRef: "CR-07" },
      { to: "published", note: "" },
    ],
  },
};
