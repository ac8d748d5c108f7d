// Synthetic content for scale tests and the benchmark: a seed and sizes in, a valid content folder's
// files out. Pure: no file system, no clock (pass "now" in), randomness only from the seeded generator.
import {
  BENEFIT_CATEGORIES,
  COST_BENEFIT_BASES,
  COST_BENEFIT_KINDS,
  PARTNER_ROLES,
  PARTNER_SECTORS,
  PARTNERSHIP_BASES,
  PARTNERSHIP_FORMS,
  PRIORITIES,
  RATING_METHODS,
  REVIEW_TYPES,
  RISK_CATEGORIES,
  type RecommendationStatus,
} from "../schema/index.ts";

/** What to generate. */
export interface SyntheticOptions {
  /** How many partnerships, at least 1. */
  partnerships: number;
  /** How many review rounds each partnership has, at least 1. */
  reviews: number;
  /** Optional, default 1: the same seed and sizes always give the same files. */
  seed?: number;
  /** Optional, default 2026-01-01: the day embargoes and due dates are set against (YYYY-MM-DD). */
  now?: string;
}

/** One file of the content folder, with its path relative to the folder. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** How many of each feature the generated content holds, so a test or the benchmark can check it exercises them. */
export interface SyntheticSummary {
  now: string;
  /** "now" as SOURCE_DATE_EPOCH (seconds), to build the content as the generator intended. */
  sourceDateEpoch: number;
  partnerships: number;
  reviews: number;
  published: number;
  drafts: number;
  embargoed: number;
  withdrawn: number;
  mdx: number;
  withInternalNotes: number;
  ratings: number;
  suppressedRatings: number;
  singleGroupFactors: number;
  perceptionGaps: number;
  risks: number;
  internalRisks: number;
  recommendations: number;
  internalRecommendations: number;
  recommendationUpdates: number;
  /** Updates about a recommendation that an earlier review had already updated. */
  chainedUpdates: number;
  goodPractice: number;
  costsBenefits: number;
  /** Words in review bodies: the shortest, median and longest. */
  reviewWords: { min: number; median: number; max: number };
  forms: string[];
  bases: string[];
  sectors: string[];
  roles: string[];
  statuses: string[];
  reviewTypes: string[];
}

/** The generated content folder. */
export interface SyntheticContent {
  files: GeneratedFile[];
  summary: SyntheticSummary;
}

/** The default "now": fixed, so that generated content never depends on the clock. */
export const DEFAULT_NOW = "2026-01-01";

/** Returns a seeded pseudo-random number generator (mulberry32) giving numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a 32-bit seed mixed from several numbers, so each partnership has its own stream. */
function mixSeed(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x01000193);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  return hash >>> 0;
}

/** Draws from a seeded stream. */
class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Returns a number in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Returns a whole number from min to max inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns true with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Returns one item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Returns k distinct items of the list, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, Math.max(0, Math.min(k, pool.length)));
  }
}

// ---- dates, as whole days since 1970 (UTC), so that nothing reads the clock ----

const DAY_MS = 86_400_000;

function toDay(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS;
}

function toIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function yearOf(day: number): number {
  return Number(toIso(day).slice(0, 4));
}

/** Returns the financial year a day falls in, as "2024/25". */
function financialYear(day: number): string {
  const iso = toIso(day);
  const year = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

// ---- the framework: the default six levels, six factors and six groups ----

const SPECTRUM = [
  [
    "transactional",
    "Transactional",
    "A client–supplier relationship governed by a contract and managed at arm's length.",
  ],
  ["networking", "Networking", "Partners exchange information for mutual benefit but plan and act separately."],
  [
    "coordinating",
    "Coordinating",
    "Partners exchange information and alter their own activities to serve a common purpose.",
  ],
  [
    "cooperating",
    "Cooperating",
    "Partners coordinate their work and share resources such as staff, budgets, buildings or systems.",
  ],
  ["collaborating", "Collaborating", "Partners cooperate and build each other's capacity, sharing risk and reward."],
  ["integrated", "Integrated", "Partners work as one system through shared management, a joint venture or a merger."],
] as const;

const FACTORS = [
  [
    "strategy",
    "Strategy",
    "Whether the partners share a clear, agreed direction for the partnership and whether it fits each partner's wider plans.",
  ],
  [
    "objectives",
    "Objectives",
    "Whether the partnership has joint objectives that every partner accepts, with clear ownership of each.",
  ],
  [
    "delivery",
    "Delivery",
    "How well the partnership delivers its services or activities day to day, and how partners share the resources to do so.",
  ],
  [
    "measurement",
    "Measurement",
    "Whether the partners agree how performance is measured, share the data openly and act on what it shows.",
  ],
  [
    "outcomes",
    "Outcomes",
    "Whether the partnership makes a demonstrable difference for residents and service users, beyond counting its outputs.",
  ],
  [
    "governance",
    "Governance",
    "Whether decision-making, accountability, risk-sharing and scrutiny are clear, proportionate and trusted by every partner.",
  ],
] as const;

type FactorId = (typeof FACTORS)[number][0];

const GROUPS = [
  [
    "council-members",
    "Council members",
    "Elected councillors: portfolio holders, board representatives and scrutiny members.",
  ],
  ["council-officers", "Council officers", "Council staff who manage, commission or rely on the partnership."],
  [
    "partner-leadership",
    "Partner leadership",
    "Board members, directors and senior managers of the partner organisations.",
  ],
  [
    "partner-staff",
    "Partner staff",
    "Front-line and operational staff who work in or for the partnership, whoever employs them.",
  ],
  [
    "service-users",
    "Service users",
    "Residents, businesses and other customers who use the partnership's services, reached through surveys and panels.",
  ],
  [
    "voluntary-sector",
    "Voluntary sector",
    "Charities, community groups and advice agencies that work alongside the partnership or represent the people it serves.",
  ],
] as const;

type GroupId = (typeof GROUPS)[number][0];

/** How each group's view usually leans against the reviewer's judgement, in levels. */
const GROUP_BIAS: Record<GroupId, number> = {
  "council-members": -0.2,
  "council-officers": 0.3,
  "partner-leadership": 0.2,
  "partner-staff": -0.1,
  "service-users": -0.5,
  "voluntary-sector": -0.4,
};

/** How each group's view is usually gathered, and how many people usually give it. */
const GROUP_METHOD: Record<GroupId, { method: (typeof RATING_METHODS)[number]; respondents: [number, number] }> = {
  "council-members": { method: "workshop", respondents: [4, 12] },
  "council-officers": { method: "survey", respondents: [8, 40] },
  "partner-leadership": { method: "interview", respondents: [3, 8] },
  "partner-staff": { method: "survey", respondents: [10, 60] },
  "service-users": { method: "survey", respondents: [40, 400] },
  "voluntary-sector": { method: "workshop", respondents: [3, 15] },
};

// ---- names ----

const PLACE_STARTS = [
  "Ash",
  "Bram",
  "Cald",
  "Elm",
  "Fen",
  "Hart",
  "Kings",
  "Lang",
  "Mar",
  "Oak",
  "Red",
  "Stan",
  "Thorn",
  "Wes",
  "Wick",
  "Yar",
  "Brad",
  "Dun",
  "Gold",
  "Holm",
  "Lyd",
  "North",
  "Pen",
  "Sel",
];
const PLACE_ENDS = ["combe", "ford", "ley", "bury", "ham", "ton", "wick", "mere", "field", "worth", "stow", "bridge"];
const COUNCIL_KINDS = ["Borough Council", "District Council", "City Council"];

function placeName(random: Random): string {
  return `${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)}`;
}

function slugOf(words: string): string {
  return words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const COMPANY_WORDS = ["Meridian", "Keystone", "Northgate", "Brightwater", "Corvale", "Harbourside", "Lindenfield"];

/** Returns an organisation's name for a partner sector. */
function organisationName(random: Random, sector: (typeof PARTNER_SECTORS)[number], county: string): string {
  const place = placeName(random);
  switch (sector) {
    case "public":
      return random.pick([
        `${place} District Council`,
        `${county} County Council`,
        `${county} Fire and Rescue Service`,
        `${place} Town Council`,
      ]);
    case "private":
      return random.pick([
        `${random.pick(COMPANY_WORDS)} Services Ltd`,
        `${random.pick(COMPANY_WORDS)} Environmental Ltd`,
        `${random.pick(COMPANY_WORDS)} Facilities plc`,
      ]);
    case "voluntary":
      return random.pick([
        `Citizens Advice ${place}`,
        `${place} Council for Voluntary Service`,
        `${county} Community Foundation`,
      ]);
    case "health":
      return random.pick([`${county} Integrated Care Board`, `${place} and ${county} NHS Foundation Trust`]);
    case "police":
      return random.pick([`${county} Police`, `Office of the ${county} Police and Crime Commissioner`]);
    case "education":
      return random.pick([`${place} College`, `University of ${place}`, `${place} Learning Trust`]);
    default:
      return random.pick([`${place} Housing Association`, `${county} Chamber of Commerce`, `${place} Homes`]);
  }
}

interface ServiceArea {
  area: string;
  name: string;
  key: string;
  statutoryRef?: string;
  work: string;
  measures: readonly [string, string][];
}

const SERVICES: readonly ServiceArea[] = [
  {
    area: "Legal services",
    name: "Shared Legal Service",
    key: "legal",
    work: "legal advice, litigation, property and planning agreements",
    measures: [
      ["First response within 3 working days", "%"],
      ["Property completions on time", "%"],
    ],
  },
  {
    area: "Revenues and benefits",
    name: "Revenues and Benefits Partnership",
    key: "revenues-benefits",
    work: "council tax, business rates and housing benefit administration",
    measures: [
      ["Council tax collected in year", "%"],
      ["Days to process a new benefit claim", "days"],
    ],
  },
  {
    area: "Waste and recycling",
    name: "Waste Partnership",
    key: "waste",
    work: "household waste collection, recycling and street cleansing",
    measures: [
      ["Household waste recycled", "%"],
      ["Missed bins per 100,000 collections", "count"],
    ],
  },
  {
    area: "Community safety",
    name: "Community Safety Partnership",
    key: "community-safety",
    statutoryRef: "Crime and Disorder Act 1998, sections 5 to 7",
    work: "work to reduce crime, anti-social behaviour and reoffending",
    measures: [
      ["Anti-social behaviour incidents", "count"],
      ["Repeat victims contacted within 48 hours", "%"],
    ],
  },
  {
    area: "Health and wellbeing",
    name: "Health and Wellbeing Board",
    key: "health-wellbeing",
    statutoryRef: "Health and Social Care Act 2012, section 194",
    work: "joint planning of health, public health and social care",
    measures: [
      ["Adults physically active", "%"],
      ["Actions in the joint strategy on track", "%"],
    ],
  },
  {
    area: "Building control",
    name: "Building Control Partnership",
    key: "building-control",
    work: "building regulations applications, inspections and dangerous structures",
    measures: [
      ["Full plans decided within 5 weeks", "%"],
      ["Inspections carried out on the day requested", "%"],
    ],
  },
  {
    area: "Leisure and culture",
    name: "Leisure Trust",
    key: "leisure",
    work: "leisure centres, swimming pools, theatres and museums",
    measures: [
      ["Visits to leisure centres", "count"],
      ["Customer satisfaction", "%"],
    ],
  },
  {
    area: "Information technology",
    name: "ICT Shared Service",
    key: "ict",
    work: "networks, devices, business systems and cyber security",
    measures: [
      ["Incidents fixed at first contact", "%"],
      ["System availability", "%"],
    ],
  },
  {
    area: "Internal audit",
    name: "Audit Partnership",
    key: "audit",
    work: "internal audit, counter-fraud and risk management",
    measures: [
      ["Audit plan completed", "%"],
      ["Agreed actions implemented on time", "%"],
    ],
  },
  {
    area: "Housing",
    name: "Homelessness Prevention Partnership",
    key: "homelessness",
    statutoryRef: "Homelessness Reduction Act 2017",
    work: "advice, prevention and relief of homelessness",
    measures: [
      ["Households prevented from becoming homeless", "count"],
      ["Families in bed and breakfast over 6 weeks", "count"],
    ],
  },
  {
    area: "Planning policy",
    name: "Joint Local Plan Partnership",
    key: "local-plan",
    statutoryRef: "Planning and Compulsory Purchase Act 2004, section 28",
    work: "a joint local plan and the evidence behind it",
    measures: [
      ["Local plan milestones met", "%"],
      ["Five-year housing land supply", "years"],
    ],
  },
  {
    area: "Safeguarding adults",
    name: "Safeguarding Adults Board",
    key: "safeguarding",
    statutoryRef: "Care Act 2014, section 43",
    work: "safeguarding adults at risk of abuse or neglect",
    measures: [
      ["Enquiries concluded within 28 days", "%"],
      ["People whose desired outcomes were met", "%"],
    ],
  },
  {
    area: "Youth justice",
    name: "Youth Justice Service",
    key: "youth-justice",
    statutoryRef: "Crime and Disorder Act 1998, section 39",
    work: "work with children who offend or are at risk of offending",
    measures: [
      ["First-time entrants per 100,000 children", "count"],
      ["Children in education, training or work", "%"],
    ],
  },
  {
    area: "Economic development",
    name: "Growth Partnership",
    key: "growth",
    work: "business support, skills and inward investment",
    measures: [
      ["Businesses supported", "count"],
      ["Jobs created or safeguarded", "count"],
    ],
  },
  {
    area: "Environmental health",
    name: "Environmental Health Service",
    key: "environmental-health",
    work: "food safety, pollution control, licensing and pest control",
    measures: [
      ["Food businesses rated 3 or better", "%"],
      ["Noise complaints answered within 5 days", "%"],
    ],
  },
  {
    area: "Climate and environment",
    name: "Climate Compact",
    key: "climate",
    work: "joint action to reach net zero and adapt to a changing climate",
    measures: [
      ["Partners' carbon emissions against baseline", "%"],
      ["Homes retrofitted", "count"],
    ],
  },
  {
    area: "CCTV and monitoring",
    name: "Shared CCTV Service",
    key: "cctv",
    work: "public space CCTV and out-of-hours monitoring",
    measures: [
      ["Cameras working", "%"],
      ["Incidents passed to the police", "count"],
    ],
  },
  {
    area: "Human resources and payroll",
    name: "HR and Payroll Shared Service",
    key: "hr-payroll",
    work: "payroll, recruitment administration and HR advice",
    measures: [
      ["Payroll accuracy", "%"],
      ["Posts filled within 10 weeks", "%"],
    ],
  },
];

const GENERAL_STATUTES = [
  "Local Government Act 1972, section 101",
  "Local Government Act 2000, section 9EA",
  "Localism Act 2011, section 1",
  "Local Government (Contracts) Act 1997",
];

const LEAD_ROLES = [
  "Head of Service (shared)",
  "Partnership Manager",
  "Director of Place",
  "Assistant Director, Corporate Services",
  "Strategic Lead for Communities",
  "Programme Director",
];

const OWNER_ROLES = [
  "Partnership Manager",
  "Head of Finance",
  "Client Services Manager",
  "Joint Committee",
  "Partnership Board",
  "Performance and Insight Lead",
  "Monitoring Officer",
  "Head of Service (shared)",
  "Director of Place",
];

const REVIEW_SUFFIX: Record<(typeof REVIEW_TYPES)[number], readonly string[]> = {
  independent: ["independent", "external"],
  "internal-audit": ["audit"],
  "self-assessment": ["self-assessment", "annual"],
  peer: ["peer"],
};

const REVIEW_TYPE_TITLE: Record<(typeof REVIEW_TYPES)[number], string> = {
  independent: "independent review",
  "internal-audit": "internal audit",
  "self-assessment": "self-assessment",
  peer: "peer review",
};

// ---- phrase banks: sentences with {slots}, filled from the review's own facts ----

const METHOD_SENTENCES = [
  "We interviewed {interviews} people from the partner organisations and surveyed {surveyed} staff and service users between {monthA} and {monthB}.",
  "The review drew on board papers from the last two years, the partnership's performance reports and a survey completed by {surveyed} people.",
  "Evidence came from {interviews} interviews, two workshops with councillors and a short survey of front-line staff.",
  "We read the partnership agreement, the business plan and every board report since the last review, and tested what they said against what staff told us.",
  "A workshop with the partnership board in {monthA} agreed the scope, and a second in {monthB} tested our emerging findings.",
  "Where the partners' own scores differed from what stakeholders told us, this report gives the stakeholders' views.",
  "Survey responses were anonymised before analysis, and group views from fewer than three people are not published.",
  "The review team visited both main offices and spent a day with front-line staff.",
];

const CONTEXT_SENTENCES = [
  "The partnership provides {work} for {partnerCount} organisations, with an annual budget of about {value}.",
  "It was set up in {startYear} to give the partners a resilience that none of them could afford alone.",
  "Demand has grown by about {percent}% since {startYear}, while the partners' budgets have not.",
  "The partnership is governed by the {governance}, which meets quarterly.",
  "Most staff transferred from the partner councils when the service began, and many still think of themselves as working for their original employer.",
  "The partners agreed a new business plan in {yearBefore}, with targets for cost, quality and customer satisfaction.",
  "The service operates from two main offices and a growing number of staff work from home most of the week.",
  "Recruitment has been difficult across the sector, and the partnership has relied on agency staff for some specialist roles.",
  "The partners' own finances remain under pressure, which shapes what each expects the partnership to deliver.",
];

const STRONG_SENTENCES: Record<FactorId, readonly string[]> = {
  strategy: [
    "Every partner we spoke to could describe what the partnership is for, and their descriptions agreed.",
    "The strategy was refreshed in {yearBefore} and each partner's corporate plan now refers to it.",
    "Board members see the partnership as central to their own organisations' plans rather than an add-on.",
  ],
  objectives: [
    "The joint objectives are few, clear and owned by named roles in each partner.",
    "Partners agreed their objectives in a single workshop and have kept to them since.",
    "Each objective has a lead role, a measure and a date, and the board reviews them every quarter.",
  ],
  delivery: [
    "Day-to-day delivery is reliable, and customers say they notice the difference.",
    "Staff move between sites to cover peaks in demand, which would have been impossible before the partnership.",
    "Performance against the main service standard has improved in each of the last three years.",
  ],
  measurement: [
    "The partners share one set of performance data and nobody questions its accuracy.",
    "The board receives a short dashboard each quarter and uses it to decide where to act.",
    "Performance is published on every partner's website, which has sharpened attention to it.",
  ],
  outcomes: [
    "There is good evidence that residents are better served than before the partnership began.",
    "The partnership now measures results for people as well as activity, and the results are improving.",
    "Service users told us the service is easier to reach and quicker to respond than it was.",
  ],
  governance: [
    "Decisions are taken openly, with papers published and minutes that record who decided what.",
    "The board's terms of reference are clear and every partner is represented at the right level.",
    "Risks are shared fairly, and the partners trust the arrangements for settling disagreements.",
  ],
};

const WEAK_SENTENCES: Record<FactorId, readonly string[]> = {
  strategy: [
    "The partners do not yet share a view of what the partnership should become in five years.",
    "The strategy has not been revisited since {startYear}, and several partners' own priorities have moved on.",
    "Some board members described the partnership as a way of saving money and little more.",
  ],
  objectives: [
    "The objectives are broad statements of intent, and it is not clear who owns each of them.",
    "Partners have different understandings of what success would look like.",
    "Several objectives in the business plan have no measure or date attached.",
  ],
  delivery: [
    "Delivery is uneven across the area, and customers in the smaller districts wait longer.",
    "Staff shortages in specialist roles have led to backlogs that the partners have not yet cleared.",
    "Systems remain separate, so staff re-key information and mistakes creep in.",
  ],
  measurement: [
    "Each partner still collects its own figures in its own way, so the board cannot compare like with like.",
    "Performance reports are late and incomplete, and the board rarely discusses them.",
    "There is no agreed baseline, so the savings claimed for the partnership cannot be checked.",
  ],
  outcomes: [
    "The partnership counts what it does rather than what difference it makes.",
    "We found little evidence that residents are better off than before the partnership began.",
    "Service users we surveyed were mostly unaware that the service is run jointly, and some found it harder to reach.",
  ],
  governance: [
    "Decisions are often taken outside the board, and some partners feel excluded from them.",
    "The partnership agreement does not say how a partner could leave or how costs would then be shared.",
    "Scrutiny of the partnership is patchy: only one partner's scrutiny committee has looked at it in the last three years.",
  ],
};

const GAP_SENTENCES = [
  "{high} rated {factor} far higher than {low} did, and this gap is itself a finding.",
  "Views on {factor} differ sharply: {high} see real progress, while {low} see little change.",
  "The difference between how {high} and {low} see {factor} suggests the partners are not hearing the same story.",
];

const LINK_SENTENCES = [
  "This matters because the partnership's next phase depends on it.",
  "The partners should treat this as a priority for the coming year.",
  "We heard the same message from councillors, officers and partner staff.",
  "This is a marked change since the last review.",
  "Progress here has been slower than the partners planned.",
  "The evidence on this point is consistent across the groups we spoke to.",
  "Several interviewees gave us examples that support this view.",
  "It is not yet clear whether this improvement will last.",
];

const EVIDENCE_SENTENCES = [
  "In our survey, {pct}% of {group} agreed that the partnership does well on {factor}, against {pct2}% at the last review.",
  "{Group} placed {factor} at {score} on the six-point spectrum, on average.",
  "Of the {papers} board papers we read, {some} dealt with {factor}, and most of those only for information.",
  "Interviewees from {partners} of the {partnerCount} partner organisations raised {factor} without being asked.",
  "{Group} were the group most likely to mention {factor} when asked what the partnership should change.",
  "When we asked {group} for an example of {factor} working well, {pct}% could give one.",
];

const GROUP_VIEW_SENTENCES = [
  "{Group} were the most positive group overall, particularly about {factor}.",
  "{Group} were more critical than other groups, especially of {factor}.",
  "{Group} told us that communication has improved, though they still learn of some decisions late.",
  "Most {group} said they would recommend the partnership's approach to other councils.",
  "{Group} asked for clearer information about what the partnership costs and what it achieves.",
  "{Group} said that the partnership feels distant from the people it serves.",
  "{Group} valued the relationships that have built up, and worried about what would happen if key people left.",
];

const EXTRA_SECTIONS: readonly (readonly [string, readonly string[]])[] = [
  [
    "## Finance",
    [
      "The partnership's budget is about {value} a year, shared between the partners under an agreed formula.",
      "The formula has not been reviewed since {startYear}, and two partners now question whether it is fair.",
      "Savings against the original business case have been reported each year, but the baseline has never been audited.",
      "Reserves are modest, and an unexpected cost would have to be met by the partners at short notice.",
      "The accountable body's finance team produces the accounts, and the other partners rely on its figures.",
      "Costs have risen by about {percent}% since {startYear}, mostly because of pay awards and energy prices.",
    ],
  ],
  [
    "## Staff and culture",
    [
      "Staff were positive about their colleagues and the work, and less so about how change is managed.",
      "Many staff still have terms and conditions from their original employer, which causes friction when teams are merged.",
      "Turnover in the last year was about {percent}%, higher than in the partners' other services.",
      "Managers have worked hard to build one team, and staff notice when leaders from every partner visit.",
      "Training is shared, and staff told us this is one of the partnership's real strengths.",
    ],
  ],
  [
    "## Looking ahead",
    [
      "The partnership agreement comes up for renewal within the next three years.",
      "Several partners face their own reorganisations, which may change what they want from the partnership.",
      "New national requirements will add to the partnership's workload without extra funding.",
      "The board has begun to discuss whether other organisations should be invited to join.",
      "Technology offers the chance to simplify how residents reach the service, if the partners invest together.",
    ],
  ],
];

const CONCLUSION_SENTENCES = [
  "Overall, we assess the partnership at {level}.",
  "Taking all the evidence together, the partnership sits at {level}.",
  "Our overall judgement is that the partnership is {level}.",
];

const CONCLUSION_TARGET = {
  below:
    "That is below its target of {target}, and the recommendations below set out what it would take to close the gap.",
  at: "That is the level it set out to reach, and the task now is to keep it there.",
  above:
    "That is above its target of {target}; the partners should check whether the extra integration is worth its cost.",
  none: "The partners have not set a target level, and we recommend that they agree one.",
};

const COMMENTS = [
  "I always know who to ask, and they usually get back to me the same day.",
  "We are told it is a partnership, but the decisions seem to be made elsewhere.",
  "The figures we get are late and we cannot tell whether things are getting better.",
  "Staff work well together on the ground, whatever the organisation charts say.",
  "It took three phone calls to find out who was dealing with my case.",
  "The board has become much more open in the last year.",
  "Our organisation pays its share but does not feel it has an equal say.",
  "The service is quicker than it used to be, and the staff are helpful.",
  "We still have two systems, and that causes mistakes.",
  "I would like to see more about what difference this makes for residents.",
];

const RISK_TITLES: Record<(typeof RISK_CATEGORIES)[number], readonly string[]> = {
  "complex-management": [
    "Layers of boards and working groups slow decisions and blur accountability for results.",
    "Managers spend more time on partnership reporting than on improving the service.",
  ],
  "no-joint-objectives": [
    "The partners cannot agree the priorities for the next business plan.",
    "One partner's new corporate plan pulls in a different direction from the partnership's objectives.",
  ],
  "supplier-failure": [
    "The main system supplier withdraws support for the product the partnership relies on.",
    "A contractor gets into financial difficulty and leaves the service without cover.",
  ],
  "resource-disconnect": [
    "Budgets set by each partner no longer match the demand the partnership is asked to meet.",
    "The partnership takes on new work without the staff or money to deliver it.",
  ],
  "reputational-damage": [
    "A serious service failure in one area damages every partner's reputation.",
    "Public criticism of a decision by one partner is attributed to all of them.",
  ],
  "quick-wins": [
    "Easy savings are taken while harder changes for the people who most need the service are put off.",
    "Headline targets are met by focusing on simple cases, while complex cases wait longer.",
  ],
  other: [
    "Key specialist staff leave and cannot be replaced quickly.",
    "A cyber incident takes shared systems offline for several days.",
    "Changes in national policy or funding alter what the partnership is required to do.",
  ],
};

const MITIGATIONS = [
  "Quarterly review of the risk at the partnership board, with a named lead.",
  "A recovery plan agreed with every partner and tested once a year.",
  "A contingency budget held by the accountable body.",
  "Succession planning and cross-training for specialist roles.",
  "Early warning indicators added to the quarterly performance report.",
  "An exit and continuity clause in the renewed partnership agreement.",
];

const RECOMMENDATION_TEXTS: Record<FactorId, readonly string[]> = {
  strategy: [
    "Agree a five-year strategy for the partnership and take it through each partner's decision-making.",
    "Set out in the business plan how the partnership supports each partner's corporate priorities.",
  ],
  objectives: [
    "Reduce the business plan to no more than six joint objectives, each with a lead role, a measure and a date.",
    "Agree with every partner what success looks like for the partnership by the end of the next plan period.",
  ],
  delivery: [
    "Move every partner onto one case management system and retire the old systems.",
    "Set one service standard across the area and report performance against it for each district.",
  ],
  measurement: [
    "Publish a quarterly performance dashboard on every partner's website.",
    "Agree a baseline and a method for measuring savings, and have them checked by internal audit.",
  ],
  outcomes: [
    "Add at least two measures of outcomes for residents to the performance framework.",
    "Survey service users every year and report the results, with actions, to the board.",
  ],
  governance: [
    "Review the partnership agreement, including exit arrangements and how costs would be shared if a partner left.",
    "Publish board papers and minutes, and invite each partner's scrutiny committee to review the partnership every two years.",
  ],
};

const UPDATE_NOTES: Record<RecommendationStatus, readonly string[]> = {
  open: ["No progress yet; the board has asked for a plan by its next meeting.", "Deferred while the budget was set."],
  "in-progress": [
    "Work has started and a first version went to the board this year.",
    "Partly done: two of the partners have made the change and the third will follow.",
  ],
  implemented: [
    "Done: the change has been in place for more than six months and is working.",
    "Completed and confirmed by internal audit.",
  ],
  "not-accepted": [
    "The board decided not to take this forward, for reasons set out in its minutes.",
    "One partner did not agree, so the recommendation was not accepted.",
  ],
  superseded: [
    "Replaced by a wider recommendation of this review.",
    "Overtaken by the partners' decision to renew the agreement on new terms.",
  ],
};

const GOOD_PRACTICE = [
  [
    "One set of figures",
    "Moving every partner onto the same performance measures ended arguments about whose figures were right and let the board act on evidence.",
  ],
  [
    "Front-line staff on the board",
    "Two front-line staff attend each board meeting in turn, which has brought problems to the board's attention months earlier than before.",
  ],
  [
    "Shared training budget",
    "The partners pool their training budgets, so specialist courses are affordable and staff can cover each other's work.",
  ],
  [
    "Residents' panel",
    "A panel of twelve service users meets twice a year to review performance and test proposed changes before they are made.",
  ],
  [
    "Clear exit clause",
    "The renewed agreement says exactly how a partner could leave and how assets, staff and data would be shared, which has built trust.",
  ],
] as const;

const COST_DESCRIPTIONS: Record<(typeof COST_BENEFIT_KINDS)[number], readonly string[]> = {
  cost: [
    "Set-up costs for the shared system, including data migration.",
    "Market supplements for hard-to-fill specialist posts.",
  ],
  saving: [
    "Reduction in the partners' combined running costs against the pre-partnership baseline.",
    "Fewer management posts after the teams were merged.",
  ],
  income: [
    "Fees charged to other public bodies for services provided by the partnership.",
    "Costs recovered from third parties.",
  ],
  benefit: [
    "Cover for sickness and leave that no partner could provide alone.",
    "Access to specialist expertise for every partner.",
  ],
};

const WITHDRAWN_REASONS = [
  "Withdrawn after the partners identified factual errors in the cost figures. A corrected review will follow.",
  "Withdrawn because the survey results for one group were found to include responses from outside the partnership.",
  "Withdrawn at the request of the board after a partner disputed the scope of the review.",
];

const INTERNAL_NOTES = [
  "Check the savings figure with the finance team before publication.",
  "Partner leadership asked to see the draft findings on governance first.",
  "Survey response rate low for service users: consider a follow-up panel.",
  "Two interviewees asked not to be quoted, even anonymously.",
];

const SCOPES = [
  "The partnership's governance, performance and finances since the last review, and progress on its recommendations.",
  "How the partnership works as a partnership: strategy, objectives, delivery, measurement, outcomes and governance.",
  "A readiness assessment ahead of the partnership agreement's renewal, including exit arrangements.",
];

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Returns the template with each {slot} replaced from `values`. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Returns the sentences joined, keeping whole sentences while the text stays within `limit` characters. */
function withinLimit(sentences: readonly string[], limit: number): string {
  let text = "";
  for (const sentence of sentences) {
    const next = text === "" ? sentence : `${text} ${sentence}`;
    if (next.length > limit) break;
    text = next;
  }
  return text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NUMBER_WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"];

/** How each form reads in a sentence: "… through a joint venture company". */
const FORM_PHRASES: Record<(typeof PARTNERSHIP_FORMS)[number], string> = {
  "shared-service": "a shared service",
  "shared-management": "a shared management team",
  "shared-delivery": "shared delivery arrangements",
  "joint-venture": "a joint venture company",
  "strategic-partnership": "a strategic partnership",
  contract: "a long-term contract",
  "spin-off": "a spin-off organisation",
  merger: "a merged team",
  other: "a partnership agreement",
};

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/** Returns the money as written in prose, such as "£1.2 million" or "£85,000". */
function money(amount: number): string {
  return amount >= 1_000_000
    ? `£${(amount / 1_000_000).toFixed(1)} million`
    : `£${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

// ---- YAML front matter, written as an author would ----

type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue | undefined };

const YAML_PLAIN = /^[A-Za-z][A-Za-z0-9 ,.'()/&£%–-]*$/;
const YAML_WORDS = /^(y|n|yes|no|true|false|on|off|null)$/i;

function yamlScalar(value: string | number | boolean, key: string): string {
  if (typeof value !== "string") return String(value);
  // Dates are written bare, as authors do; YAML then reads them as dates, which the schemas accept.
  if (DATE_KEYS.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return YAML_PLAIN.test(value) && !YAML_WORDS.test(value) && !value.includes(": ") ? value : JSON.stringify(value);
}

const DATE_KEYS = new Set(["date", "publishDate", "withdrawnDate", "startDate", "endDate"]);

function yamlLines(key: string, value: YamlValue, indent: string): string[] {
  if (!Array.isArray(value) && typeof value === "object") {
    return [
      `${indent}${key}:`,
      ...Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : yamlLines(k, v, `${indent}  `))),
    ];
  }
  if (Array.isArray(value)) {
    const lines = [`${indent}${key}:`];
    for (const item of value) {
      if (typeof item === "object" && !Array.isArray(item)) {
        const entries = Object.entries(item).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
        entries.forEach(([k, v], index) => {
          const [first = "", ...rest] = yamlLines(k, v, `${indent}    `);
          lines.push(index === 0 ? `${indent}  - ${first.trimStart()}` : first, ...rest);
        });
      } else {
        lines.push(`${indent}  - ${yamlScalar(item as string, "")}`);
      }
    }
    return lines;
  }
  return [`${indent}${key}: ${yamlScalar(value, key)}`];
}

function markdownFile(front: Record<string, YamlValue | undefined>, body: string): string {
  const lines = Object.entries(front).flatMap(([key, value]) => (value === undefined ? [] : yamlLines(key, value, "")));
  return `---\n${lines.join("\n")}\n---\n\n${body.trim()}\n`;
}

// ---- the plan: every partnership and review, before it is written out ----

interface TrackedRec {
  id: string;
  status: RecommendationStatus;
  internal: boolean;
  updated: boolean;
}

interface Counts {
  drafts: number;
  embargoed: number;
  withdrawn: number;
  published: number;
  mdx: number;
  withInternalNotes: number;
  ratings: number;
  suppressedRatings: number;
  singleGroupFactors: number;
  perceptionGaps: number;
  risks: number;
  internalRisks: number;
  recommendations: number;
  internalRecommendations: number;
  recommendationUpdates: number;
  chainedUpdates: number;
  goodPractice: number;
  costsBenefits: number;
  words: number[];
  forms: Set<string>;
  bases: Set<string>;
  sectors: Set<string>;
  roles: Set<string>;
  statuses: Set<string>;
  reviewTypes: Set<string>;
}

interface Council {
  name: string;
  place: string;
  county: string;
  code: string;
  host: string;
}

function makeCouncil(seed: number): Council {
  const random = new Random(mixSeed(seed, 0xc0c0));
  const place = placeName(random);
  let county = placeName(random);
  if (county === place) county = `${county}shire`;
  const name = `${place} ${random.pick(COUNCIL_KINDS)}`;
  return { name, place, county, code: place.slice(0, 3).toLowerCase(), host: slugOf(place) };
}

function siteJson(council: Council, now: string): string {
  const site = {
    title: `${council.place} partnership reviews`,
    organisation: { name: council.name, url: `https://${council.host}.example.gov.uk` },
    url: `https://partnerships.${council.host}.example.gov.uk`,
    language: "en-GB",
    licence: {
      name: "Open Government Licence v3.0",
      url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
    },
    contact: {
      email: `partnerships@${council.host}.example.gov.uk`,
      accessibilityEmail: `accessibility@${council.host}.example.gov.uk`,
    },
    accessibility: {
      lastReviewed: toIso(toDay(now) - 90),
      knownIssues: ["Charts printed in black and white lose their colours, but each has a data table beside it."],
    },
  };
  return `${JSON.stringify(site, null, 2)}\n`;
}

function frameworkJson(council: Council): string {
  const framework = {
    id: `${council.host}-collaboration`,
    version: "2.0",
    name: `${council.place} partnership health framework`,
    basedOn: "BS 11000 / ISO 44001 collaborative business relationships",
    spectrum: SPECTRUM.map(([id, label, definition], index) => ({ id, order: index + 1, label, definition })),
    factors: FACTORS.map(([id, label, description]) => ({ id, label, description })),
    stakeholderGroups: GROUPS.map(([id, label, description]) => ({ id, label, description })),
    triangulation: { minGroups: 2, gapThreshold: 2, minRespondents: 3 },
  };
  return `${JSON.stringify(framework, null, 2)}\n`;
}

const LEVEL_IDS = SPECTRUM.map(([id]) => id);
const LEVEL_LABELS = SPECTRUM.map(([, label]) => label.toLowerCase());
const FACTOR_IDS = FACTORS.map(([id]) => id);
const GROUP_IDS = GROUPS.map(([id]) => id);
const GROUP_LABELS = Object.fromEntries(GROUPS.map(([id, label]) => [id, label.toLowerCase()])) as Record<
  GroupId,
  string
>;
const FACTOR_LABELS = Object.fromEntries(FACTORS.map(([id, label]) => [id, label])) as Record<FactorId, string>;

function clampLevel(level: number): number {
  return Math.round(Math.min(6, Math.max(1, level)) * 10) / 10;
}

/** What a partnership needs to know while its reviews are written. */
interface PartnershipPlan {
  index: number;
  slug: string;
  name: string;
  service: ServiceArea;
  target: number | undefined;
  governance: string;
  partnerCount: number;
  value: number;
  startDay: number;
}

/** Returns the next status of a recommendation at a later review. */
function nextStatus(random: Random, status: RecommendationStatus): RecommendationStatus {
  const roll = random.float();
  if (status === "open") {
    if (roll < 0.4) return "in-progress";
    if (roll < 0.75) return "implemented";
    if (roll < 0.85) return "not-accepted";
    if (roll < 0.9) return "superseded";
    return "open";
  }
  if (roll < 0.6) return "implemented";
  if (roll < 0.9) return "in-progress";
  return "superseded";
}

function isClosed(status: RecommendationStatus): boolean {
  return status === "implemented" || status === "not-accepted" || status === "superseded";
}

/** Returns every file of one partnership: its register entry and its reviews. */
function generatePartnership(
  seed: number,
  index: number,
  rounds: number,
  nowDay: number,
  council: Council,
  usedSlugs: Set<string>,
  counts: Counts,
): GeneratedFile[] {
  const random = new Random(mixSeed(seed, index + 1));
  const service = SERVICES[index % SERVICES.length] as ServiceArea;
  const form = PARTNERSHIP_FORMS[index % PARTNERSHIP_FORMS.length] as (typeof PARTNERSHIP_FORMS)[number];
  const basis = PARTNERSHIP_BASES[index % PARTNERSHIP_BASES.length] as (typeof PARTNERSHIP_BASES)[number];
  const place = placeName(random);
  let slug = `${service.key}-${slugOf(place)}`;
  for (let n = 2; usedSlugs.has(slug); n += 1) slug = `${service.key}-${slugOf(place)}-${n}`;
  usedSlugs.add(slug);
  const name = `${place} ${service.name}`;

  // Review dates, newest last: the last round falls within two years before "now"; each earlier one
  // at least a year before the next, so that review ids (which start with the year) never clash.
  const kind = index % 10;
  const embargoed = kind === 3;
  const draft = kind === 6;
  const withdrawnRound = index % 13 === 5 ? Math.max(0, rounds - 2) : -1;
  const reviewDays: number[] = [];
  let day = embargoed ? nowDay - random.int(5, 40) : nowDay - random.int(20, 700);
  for (let round = rounds - 1; round >= 0; round -= 1) {
    reviewDays[round] = day;
    day -= random.int(400, 1100);
  }
  const firstDay = reviewDays[0] ?? nowDay;
  const status = index % 10 === 7 ? "proposed" : index % 10 === 4 ? "ended" : index % 5 === 0 ? undefined : "active";
  const startDay = status === "proposed" ? nowDay + random.int(60, 400) : firstDay - random.int(200, 1500);
  const lastDay = reviewDays[rounds - 1] ?? nowDay;
  const endDay = status === "ended" ? lastDay + random.int(30, 400) : undefined;
  const target = random.chance(0.85) ? random.int(2, 6) : undefined;
  const value = random.int(2, 400) * 5000;
  const governance = `${place} ${random.pick(["Partnership Board", "Joint Committee", "Shareholder Board", "Strategic Board"])}`;

  const partnerCount = random.int(1, 6);
  const partners = Array.from({ length: partnerCount }, (_, n) => {
    const sector =
      n === 0
        ? "public"
        : (PARTNER_SECTORS[(index + n * 3) % PARTNER_SECTORS.length] as (typeof PARTNER_SECTORS)[number]);
    const role =
      n === 0
        ? (["lead", "accountable-body"] as const)[index % 2]
        : (index + n) % 5 === 0
          ? undefined
          : (PARTNER_ROLES[(index + n) % PARTNER_ROLES.length] as (typeof PARTNER_ROLES)[number]);
    counts.sectors.add(sector);
    if (role !== undefined) counts.roles.add(role);
    return { name: n === 0 ? council.name : organisationName(random, sector, council.county), sector, role };
  });
  counts.forms.add(form);
  counts.bases.add(basis);
  counts.statuses.add(status ?? "active");

  const summary = withinLimit(
    [
      `${partnerCount === 1 ? `${council.name} provides` : `${NUMBER_WORDS[partnerCount - 1] ?? partnerCount} organisations provide`} ${service.work} through ${FORM_PHRASES[form]}.`,
      random.pick([
        "It aims to make the service more resilient and less costly for every partner.",
        "It was set up to give residents one service wherever they live.",
        "It brings specialist skills that no partner could afford on its own.",
      ]),
      `It is governed by the ${governance}.`,
    ],
    300,
  );
  const roleText = (role: string | undefined): string =>
    role === undefined ? "" : role === "accountable-body" ? ", the accountable body" : `, ${role}`;
  const partnershipBody = [
    `The ${name} provides ${service.work}. ${random.pick(CONTEXT_SENTENCES.slice(4))} ${fill(random.pick(CONTEXT_SENTENCES.slice(0, 3)), { work: service.work, partnerCount, value: money(value), startYear: yearOf(startDay), percent: random.int(5, 30) })}`,
    "## Who is involved",
    partners.map((partner) => `- ${partner.name} (${partner.sector}${roleText(partner.role)})`).join("\n"),
    "## How it is governed",
    `${fill(CONTEXT_SENTENCES[3] as string, { governance })} ${basis === "statutory" ? "The partnership exists because the law requires the partners to work together." : "The partners set out their commitments in a written agreement, reviewed every few years."} ${random.pick(LINK_SENTENCES)}`,
    "## Why it exists",
    `${random.pick([
      "No partner could recruit or keep the specialists it needed on its own.",
      "The partners wanted one service for residents, wherever they live.",
      "Sharing the service was expected to save money and improve resilience.",
    ])} The original business case, agreed in ${yearOf(startDay)}, promised savings of ${money(random.int(5, 60) * 5000)} a year. ${random.pick(EXTRA_SECTIONS[2]?.[1] ?? [])}`,
  ].join("\n\n");
  const partnershipFile: GeneratedFile = {
    path: `partnerships/${slug}.md`,
    text: markdownFile(
      {
        name,
        summary,
        form,
        basis,
        statutoryRef:
          basis === "statutory"
            ? (service.statutoryRef ?? GENERAL_STATUTES[index % GENERAL_STATUTES.length])
            : undefined,
        serviceArea: service.area,
        partners: partners.map((partner) => ({ name: partner.name, sector: partner.sector, role: partner.role })),
        leadRole: LEAD_ROLES[index % LEAD_ROLES.length],
        governanceBody: random.chance(0.8) ? governance : undefined,
        startDate: toIso(startDay),
        endDate: endDay === undefined ? undefined : toIso(endDay),
        annualValue: random.chance(0.9) ? value : undefined,
        targetLevel: target === undefined ? undefined : LEVEL_IDS[target - 1],
        status,
        tags: random.chance(0.7)
          ? [service.area.toLowerCase(), random.pick(["savings", "resilience", place])]
          : undefined,
      },
      partnershipBody,
    ),
  };

  const plan: PartnershipPlan = {
    index,
    slug,
    name,
    service,
    target,
    governance,
    partnerCount,
    value,
    startDay,
  };
  const files: GeneratedFile[] = [partnershipFile];
  const tracked: TrackedRec[] = [];
  let level = 1.5 + random.float() * 3;
  for (let round = 0; round < rounds; round += 1) {
    level = Math.min(5.8, Math.max(1.2, level + (random.float() - 0.35) * 0.9));
    const reviewDay = reviewDays[round] ?? nowDay;
    const last = round === rounds - 1;
    const reviewStatus =
      round === withdrawnRound
        ? "withdrawn"
        : last && draft
          ? "draft"
          : ("published" as "published" | "draft" | "withdrawn");
    files.push(
      ...generateReview(
        random,
        plan,
        round,
        reviewDay,
        reviewStatus,
        last && embargoed,
        level,
        nowDay,
        council,
        tracked,
        counts,
      ),
    );
  }
  return files;
}

/** Returns one review's report and data files. */
function generateReview(
  random: Random,
  plan: PartnershipPlan,
  round: number,
  day: number,
  status: "published" | "draft" | "withdrawn",
  embargoed: boolean,
  level: number,
  nowDay: number,
  council: Council,
  tracked: TrackedRec[],
  counts: Counts,
): GeneratedFile[] {
  const reviewType = REVIEW_TYPES[(plan.index + round) % REVIEW_TYPES.length] as (typeof REVIEW_TYPES)[number];
  counts.reviewTypes.add(reviewType);
  const year = yearOf(day);
  const id = `${year}-${random.pick(REVIEW_SUFFIX[reviewType])}`;
  const assessed = Math.min(6, Math.max(1, Math.round(level)));
  const levelLabel = LEVEL_LABELS[assessed - 1] as string;

  // Ratings: three to six groups; now and then a factor with a perception gap, one seen by a single
  // group, and views from groups too small to publish.
  const groups = random.sample(GROUP_IDS, random.int(3, 6));
  const gapFactor = random.chance(0.35) ? random.pick(FACTOR_IDS) : undefined;
  const singleFactor = random.chance(0.2) ? random.pick(FACTOR_IDS.filter((f) => f !== gapFactor)) : undefined;
  const ratings: Record<string, string | number>[] = [];
  let gapHigh: GroupId | undefined;
  let gapLow: GroupId | undefined;
  for (const factor of FACTOR_IDS) {
    const raters = factor === singleFactor ? groups.slice(0, 1) : groups;
    raters.forEach((group, position) => {
      let value = level + GROUP_BIAS[group] + (random.float() - 0.5) * 1.2;
      // A gap of 2.4 levels, clear of the framework's threshold of 2 whatever the rounding.
      const gapTop = Math.min(6, Math.max(3.5, level + 1.2));
      if (factor === gapFactor && position === 0) value = gapTop;
      if (factor === gapFactor && position === 1) value = gapTop - 2.4;
      const {
        method,
        respondents: [low, high],
      } = GROUP_METHOD[group];
      const protectedRating = factor === gapFactor && position < 2;
      const suppressed = !protectedRating && factor !== singleFactor && random.chance(0.04);
      const rating: Record<string, string | number> = {
        factor,
        group,
        level: clampLevel(value),
        respondents: suppressed ? random.int(1, 2) : random.int(low, high),
        method,
      };
      if (random.chance(0.08)) rating["comment"] = random.pick(COMMENTS);
      if (!suppressed && random.chance(0.05)) delete rating["respondents"];
      ratings.push(rating);
      if (suppressed) counts.suppressedRatings += 1;
    });
    if (factor === gapFactor) {
      gapHigh = groups[0];
      gapLow = groups[1];
    }
  }
  counts.ratings += ratings.length;
  if (singleFactor !== undefined) counts.singleGroupFactors += 1;
  if (gapFactor !== undefined) counts.perceptionGaps += 1;

  // Recommendation updates: this review's word on earlier recommendations still open.
  const updates: { id: string; status: RecommendationStatus; note?: string }[] = [];
  for (const rec of tracked) {
    if (rec.internal || isClosed(rec.status) || !random.chance(0.8)) continue;
    const next = nextStatus(random, rec.status);
    if (rec.updated) counts.chainedUpdates += 1;
    rec.status = next;
    rec.updated = true;
    updates.push({
      id: rec.id,
      status: next,
      ...(random.chance(0.85) ? { note: random.pick(UPDATE_NOTES[next]) } : {}),
    });
  }
  counts.recommendationUpdates += updates.length;

  const recCount = random.int(2, 5);
  const recommendations = Array.from({ length: recCount }, (_, n) => {
    const factor = random.pick(FACTOR_IDS);
    const internal = random.chance(0.08);
    const recId = `${council.code}-${year}-${plan.slug}-${String(n + 1).padStart(2, "0")}`;
    tracked.push({ id: recId, status: "open", internal, updated: false });
    if (internal) counts.internalRecommendations += 1;
    return {
      id: recId,
      text: random.pick(RECOMMENDATION_TEXTS[factor]),
      priority: random.pick(PRIORITIES),
      ...(random.chance(0.9) ? { factor } : {}),
      ownerRole: random.pick(OWNER_ROLES),
      ...(random.chance(0.85) ? { due: toIso(day + random.int(90, 600)) } : {}),
      status: "open" as RecommendationStatus,
      ...(internal ? { internal: true } : {}),
    };
  });
  counts.recommendations += recCount;

  const risks = Array.from({ length: random.int(1, 5) }, (_, n) => {
    const category = RISK_CATEGORIES[
      (plan.index + round + n) % RISK_CATEGORIES.length
    ] as (typeof RISK_CATEGORIES)[number];
    const internal = random.chance(0.1);
    if (internal) counts.internalRisks += 1;
    return {
      id: `risk-${n + 1}`,
      category,
      title: random.pick(RISK_TITLES[category]),
      likelihood: random.int(1, 5),
      impact: random.int(1, 5),
      ...(random.chance(0.85) ? { mitigation: random.pick(MITIGATIONS) } : {}),
      ...(random.chance(0.9) ? { ownerRole: random.pick(OWNER_ROLES) } : {}),
      ...(internal ? { internal: true } : {}),
    };
  });
  counts.risks += risks.length;

  const goodPractice = random
    .sample(GOOD_PRACTICE, random.chance(0.5) ? random.int(1, 2) : 0)
    .map(([title, description]) => ({
      title,
      description,
      ...(random.chance(0.8) ? { factor: random.pick(FACTOR_IDS) } : {}),
    }));
  counts.goodPractice += goodPractice.length;
  const costsBenefits = Array.from({ length: random.int(0, 4) }, () => {
    const kind = random.pick(COST_BENEFIT_KINDS);
    return {
      kind,
      description: random.pick(COST_DESCRIPTIONS[kind]),
      ...(kind === "benefit" && random.chance(0.5) ? {} : { amount: random.int(1, 200) * 2500 }),
      period: financialYear(day - 120),
      basis: random.pick(COST_BENEFIT_BASES),
      ...(kind === "saving" || kind === "benefit" ? { benefitCategory: random.pick(BENEFIT_CATEGORIES) } : {}),
    };
  });
  counts.costsBenefits += costsBenefits.length;

  // The report: its sections grow until the body reaches a length between 400 and 900 words.
  const targetWords = random.int(440, 820);
  const values = {
    interviews: random.int(6, 30),
    surveyed: random.int(20, 400),
    monthA: random.pick(MONTHS.slice(0, 6)),
    monthB: random.pick(MONTHS.slice(6)),
    work: plan.service.work,
    partnerCount: plan.partnerCount,
    value: money(plan.value),
    startYear: yearOf(plan.startDay),
    yearBefore: year - 1,
    percent: random.int(5, 40),
    governance: plan.governance,
    level: levelLabel,
    target: plan.target === undefined ? "" : (LEVEL_LABELS[plan.target - 1] as string),
  };
  const evidence = (group: GroupId, factor: FactorId): string =>
    fill(random.pick(EVIDENCE_SENTENCES), {
      ...values,
      group: GROUP_LABELS[group],
      Group: capitalise(GROUP_LABELS[group]),
      factor: FACTOR_LABELS[factor].toLowerCase(),
      pct: random.int(35, 92),
      pct2: random.int(20, 80),
      score: (1 + random.float() * 5).toFixed(1),
      papers: random.int(8, 30),
      some: random.int(2, 7),
      partners: Math.max(1, random.int(1, plan.partnerCount)),
    });
  const mdx = (plan.index * 7 + round) % 23 === 4;
  const sections: string[] = [
    "## About this review",
    random
      .sample(METHOD_SENTENCES, random.int(2, 4))
      .map((s) => fill(s, values))
      .join(" "),
    "## Context",
    random
      .sample(CONTEXT_SENTENCES, random.int(2, 4))
      .map((s) => fill(s, values))
      .join(" "),
  ];
  const words = (): number => countWords(sections.join(" "));
  const publicUpdates = updates.filter((update) => update.note !== undefined);
  if (publicUpdates.length > 0) {
    sections.push(
      "## Progress on earlier recommendations",
      `This review followed up ${publicUpdates.length === 1 ? "one recommendation" : `${publicUpdates.length} recommendations`} from earlier reviews.`,
      publicUpdates
        .map((update) => `- **${update.id}: ${update.status.replace(/-/g, " ")}.** ${update.note ?? ""}`)
        .join("\n"),
    );
  }
  sections.push("## Findings");
  const findingSummaries: string[] = [];
  for (const factor of random.sample(FACTOR_IDS, FACTOR_IDS.length)) {
    const strong = level + random.float() * 1.5 - 0.75 >= 3.5;
    const bank = strong ? STRONG_SENTENCES[factor] : WEAK_SENTENCES[factor];
    const opening = random.sample(bank, random.int(2, 3)).map((s) => fill(s, values));
    const paragraph = [...opening, evidence(random.pick(groups), factor)];
    if (random.chance(0.6)) paragraph.push(random.pick(LINK_SENTENCES));
    if (factor === gapFactor && gapHigh !== undefined && gapLow !== undefined) {
      paragraph.push(
        fill(random.pick(GAP_SENTENCES), {
          high: GROUP_LABELS[gapHigh],
          low: GROUP_LABELS[gapLow],
          factor: FACTOR_LABELS[factor].toLowerCase(),
        }),
      );
    }
    findingSummaries.push(opening[0] ?? "");
    sections.push(`### ${FACTOR_LABELS[factor]}`, paragraph.join(" "));
    if (words() > targetWords - 80) break;
  }
  if (words() < targetWords - 60) {
    const said = groups.slice(0, 3).map((group, n) => {
      const view = fill(random.pick(GROUP_VIEW_SENTENCES), {
        group: GROUP_LABELS[group],
        Group: capitalise(GROUP_LABELS[group]),
        factor: FACTOR_LABELS[random.pick(FACTOR_IDS)].toLowerCase(),
      });
      return n === 0 && random.chance(0.5) ? `${view} One told us: “${random.pick(COMMENTS)}”` : view;
    });
    sections.push("## What stakeholders told us", said.join(" "));
  }
  if (random.chance(0.4)) {
    const [measure, unit] = random.pick(plan.service.measures);
    const figure = (): string => (unit === "%" ? `${random.int(55, 98)}%` : String(random.int(3, 900)));
    const [other, otherUnit] = plan.service.measures.find(([m]) => m !== measure) ?? [measure, unit];
    const otherFigure = (): string => (otherUnit === "%" ? `${random.int(55, 98)}%` : String(random.int(3, 900)));
    sections.push(
      "## Performance",
      `| Measure | ${financialYear(day - 365)} | ${financialYear(day)} |\n|---|---|---|\n| ${measure} | ${figure()} | ${figure()} |\n| ${other} | ${otherFigure()} | ${otherFigure()} |`,
    );
  }
  for (const [heading, bank] of random.sample(EXTRA_SECTIONS, EXTRA_SECTIONS.length)) {
    if (words() >= targetWords - 40) break;
    sections.push(
      heading,
      random
        .sample(bank, random.int(3, 4))
        .map((s) => fill(s, values))
        .join(" "),
    );
  }
  const targetSentence =
    plan.target === undefined
      ? CONCLUSION_TARGET.none
      : plan.target > assessed
        ? CONCLUSION_TARGET.below
        : plan.target === assessed
          ? CONCLUSION_TARGET.at
          : CONCLUSION_TARGET.above;
  const abbr =
    !mdx && random.chance(0.2) ? ' The <abbr title="service level agreement">SLA</abbr> is due for renewal.' : "";
  sections.push(
    "## Conclusion",
    `${fill(random.pick(CONCLUSION_SENTENCES), values).replace(levelLabel, `*${levelLabel}*`)} ${fill(targetSentence, values)}${abbr} We make ${recCount} recommendations, set out below with the role that owns each.`,
  );
  const body = sections.join("\n\n");
  counts.words.push(countWords(body));

  const summary = withinLimit(
    [
      `The partnership is assessed at ${levelLabel}${plan.target === undefined ? "" : `, against a target of ${values.target}`}.`,
      ...findingSummaries,
      `The review makes ${recCount} recommendations.`,
    ],
    600,
  );

  let publishDate: string | undefined;
  if (embargoed) publishDate = toIso(nowDay + random.int(7, 90));
  else if (random.chance(0.1)) publishDate = toIso(day + random.int(1, 14));
  const withdrawnDay = status === "withdrawn" ? Math.min(nowDay - 1, day + random.int(30, 150)) : undefined;
  const internalNotes = random.chance(0.15) ? random.pick(INTERNAL_NOTES) : undefined;

  if (status === "draft") counts.drafts += 1;
  else if (status === "withdrawn") counts.withdrawn += 1;
  else if (embargoed) counts.embargoed += 1;
  else counts.published += 1;
  if (mdx) counts.mdx += 1;
  if (internalNotes !== undefined) counts.withInternalNotes += 1;

  const front = {
    title: `${plan.name}: ${REVIEW_TYPE_TITLE[reviewType]} ${year}`,
    date: toIso(day),
    status,
    publishDate,
    withdrawnDate: withdrawnDay === undefined ? undefined : toIso(Math.max(withdrawnDay, day)),
    withdrawnReason: status === "withdrawn" ? random.pick(WITHDRAWN_REASONS) : undefined,
    reviewer:
      reviewType === "self-assessment"
        ? `${plan.name} management team`
        : reviewType === "internal-audit"
          ? `${council.county} Audit Partnership`
          : reviewType === "peer"
            ? "Local Government Association peer team"
            : random.pick(["Partnerships Evaluation Ltd", "Public Service Review LLP", "Civic Insight Ltd"]),
    reviewType,
    scope: random.chance(0.8) ? random.pick(SCOPES) : undefined,
    assessedLevel: LEVEL_IDS[assessed - 1],
    summary,
    internalNotes,
  };
  const data = {
    ratings,
    risks,
    recommendations,
    ...(updates.length > 0 ? { recommendationUpdates: updates } : {}),
    ...(goodPractice.length > 0 ? { goodPractice } : {}),
    ...(costsBenefits.length > 0 ? { costsBenefits } : {}),
  };
  return [
    { path: `reviews/${plan.slug}/${id}.${mdx ? "mdx" : "md"}`, text: markdownFile(front, body) },
    { path: `reviews/${plan.slug}/${id}.json`, text: `${JSON.stringify(data, null, 2)}\n` },
  ];
}

/** Returns a valid synthetic content folder, the same for the same options, and what it holds. */
export function generateSyntheticContent(options: SyntheticOptions): SyntheticContent {
  const { partnerships, reviews } = options;
  const seed = options.seed ?? 1;
  const now = options.now ?? DEFAULT_NOW;
  if (!Number.isInteger(partnerships) || partnerships < 1)
    throw new RangeError("partnerships must be a whole number of at least 1");
  if (!Number.isInteger(reviews) || reviews < 1) throw new RangeError("reviews must be a whole number of at least 1");
  if (!Number.isInteger(seed)) throw new RangeError("seed must be a whole number");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(now) || Number.isNaN(toDay(now)) || toIso(toDay(now)) !== now) {
    throw new RangeError(`now must be a date written as YYYY-MM-DD, not "${now}"`);
  }
  const nowDay = toDay(now);
  const council = makeCouncil(seed);
  const counts: Counts = {
    drafts: 0,
    embargoed: 0,
    withdrawn: 0,
    published: 0,
    mdx: 0,
    withInternalNotes: 0,
    ratings: 0,
    suppressedRatings: 0,
    singleGroupFactors: 0,
    perceptionGaps: 0,
    risks: 0,
    internalRisks: 0,
    recommendations: 0,
    internalRecommendations: 0,
    recommendationUpdates: 0,
    chainedUpdates: 0,
    goodPractice: 0,
    costsBenefits: 0,
    words: [],
    forms: new Set(),
    bases: new Set(),
    sectors: new Set(),
    roles: new Set(),
    statuses: new Set(),
    reviewTypes: new Set(),
  };
  const usedSlugs = new Set<string>();
  const files: GeneratedFile[] = [
    { path: "site.json", text: siteJson(council, now) },
    { path: "framework.json", text: frameworkJson(council) },
  ];
  for (let index = 0; index < partnerships; index += 1) {
    files.push(...generatePartnership(seed, index, reviews, nowDay, council, usedSlugs, counts));
  }
  const { words: wordCounts, forms, bases, sectors, roles, statuses, reviewTypes, ...numbers } = counts;
  const words = [...wordCounts].sort((a, b) => a - b);
  return {
    files,
    summary: {
      now,
      sourceDateEpoch: nowDay * 86_400,
      partnerships,
      reviews: partnerships * reviews,
      ...numbers,
      reviewWords: {
        min: words[0] ?? 0,
        median: words[Math.floor(words.length / 2)] ?? 0,
        max: words.at(-1) ?? 0,
      },
      forms: [...forms].sort(),
      bases: [...bases].sort(),
      sectors: [...sectors].sort(),
      roles: [...roles].sort(),
      statuses: [...statuses].sort(),
      reviewTypes: [...reviewTypes].sort(),
    },
  };
}
