// The words synthetic content is made of: the framework, place and organisation names, services, and the
// sentences reviews are written from. Data only; synthetic-content.ts chooses among them.
import type {
  COST_BENEFIT_KINDS,
  PARTNERSHIP_FORMS,
  RATING_METHODS,
  REVIEW_TYPES,
  RISK_CATEGORIES,
  RecommendationStatus,
} from "../../src/schema/index.ts";

// ---- the framework: the default six levels, six factors and six groups ----

export const SPECTRUM = [
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

/** A four-level spectrum with ids and labels of its own, for sites whose framework is not the default. */
export const FOUR_LEVEL_SPECTRUM = [
  ["separate", "Separate", "Each partner plans and delivers on its own, telling the others what it decided."],
  ["linked", "Linked", "Partners agree shared aims and adjust their own plans to meet them."],
  ["pooled", "Pooled", "Partners pool staff, budgets or systems under a joint plan."],
  ["unified", "Unified", "Partners run the service as one, under one management and one budget."],
] as const;

export const FACTORS = [
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

export type FactorId = (typeof FACTORS)[number][0];

export const GROUPS = [
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

export type GroupId = (typeof GROUPS)[number][0];

/** How each group's view usually leans against the reviewer's judgement, in levels. */
export const GROUP_BIAS: Record<GroupId, number> = {
  "council-members": -0.2,
  "council-officers": 0.3,
  "partner-leadership": 0.2,
  "partner-staff": -0.1,
  "service-users": -0.5,
  "voluntary-sector": -0.4,
};

/** How each group's view is usually gathered, and how many people usually give it. */
export const GROUP_METHOD: Record<GroupId, { method: (typeof RATING_METHODS)[number]; respondents: [number, number] }> =
  {
    "council-members": { method: "workshop", respondents: [4, 12] },
    "council-officers": { method: "survey", respondents: [8, 40] },
    "partner-leadership": { method: "interview", respondents: [3, 8] },
    "partner-staff": { method: "survey", respondents: [10, 60] },
    "service-users": { method: "survey", respondents: [40, 400] },
    "voluntary-sector": { method: "workshop", respondents: [3, 15] },
  };

// ---- names ----

export const PLACE_STARTS = [
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
export const PLACE_ENDS = [
  "combe",
  "ford",
  "ley",
  "bury",
  "ham",
  "ton",
  "wick",
  "mere",
  "field",
  "worth",
  "stow",
  "bridge",
];
export const COUNCIL_KINDS = ["Borough Council", "District Council", "City Council"];

export const COMPANY_WORDS = [
  "Meridian",
  "Keystone",
  "Northgate",
  "Brightwater",
  "Corvale",
  "Harbourside",
  "Lindenfield",
];

export interface ServiceArea {
  area: string;
  name: string;
  key: string;
  statutoryRef?: string;
  work: string;
  measures: readonly [string, string][];
}

export const SERVICES: readonly ServiceArea[] = [
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

export const GENERAL_STATUTES = [
  "Local Government Act 1972, section 101",
  "Local Government Act 2000, section 9EA",
  "Localism Act 2011, section 1",
  "Local Government (Contracts) Act 1997",
];

export const LEAD_ROLES = [
  "Head of Service (shared)",
  "Partnership Manager",
  "Director of Place",
  "Assistant Director, Corporate Services",
  "Strategic Lead for Communities",
  "Programme Director",
];

export const OWNER_ROLES = [
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

export const REVIEW_SUFFIX: Record<(typeof REVIEW_TYPES)[number], readonly string[]> = {
  independent: ["independent", "external"],
  "internal-audit": ["audit"],
  "self-assessment": ["self-assessment", "annual"],
  peer: ["peer"],
};

export const REVIEW_TYPE_TITLE: Record<(typeof REVIEW_TYPES)[number], string> = {
  independent: "independent review",
  "internal-audit": "internal audit",
  "self-assessment": "self-assessment",
  peer: "peer review",
};

// ---- phrase banks: sentences with {slots}, filled from the review's own facts ----

export const METHOD_SENTENCES = [
  "We interviewed {interviews} people from the partner organisations and surveyed {surveyed} staff and service users between {monthA} and {monthB}.",
  "The review drew on board papers from the last two years, the partnership's performance reports and a survey completed by {surveyed} people.",
  "Evidence came from {interviews} interviews, two workshops with councillors and a short survey of front-line staff.",
  "We read the partnership agreement, the business plan and every board report since the last review, and tested what they said against what staff told us.",
  "A workshop with the partnership board in {monthA} agreed the scope, and a second in {monthB} tested our emerging findings.",
  "Where the partners' own scores differed from what stakeholders told us, this report gives the stakeholders' views.",
  "Survey responses were anonymised before analysis, and group views from fewer than three people are not published.",
  "The review team visited both main offices and spent a day with front-line staff.",
];

export const CONTEXT_SENTENCES = [
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

export const STRONG_SENTENCES: Record<FactorId, readonly string[]> = {
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

export const WEAK_SENTENCES: Record<FactorId, readonly string[]> = {
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

export const GAP_SENTENCES = [
  "{high} rated {factor} far higher than {low} did, and this gap is itself a finding.",
  "Views on {factor} differ sharply: {high} see real progress, while {low} see little change.",
  "The difference between how {high} and {low} see {factor} suggests the partners are not hearing the same story.",
];

export const LINK_SENTENCES = [
  "This matters because the partnership's next phase depends on it.",
  "The partners should treat this as a priority for the coming year.",
  "We heard the same message from councillors, officers and partner staff.",
  "This is a marked change since the last review.",
  "Progress here has been slower than the partners planned.",
  "The evidence on this point is consistent across the groups we spoke to.",
  "Several interviewees gave us examples that support this view.",
  "It is not yet clear whether this improvement will last.",
];

export const EVIDENCE_SENTENCES = [
  "In our survey, {pct}% of {group} agreed that the partnership does well on {factor}, against {pct2}% at the last review.",
  "{Group} placed {factor} at {score} on the six-point spectrum, on average.",
  "Of the {papers} board papers we read, {some} dealt with {factor}, and most of those only for information.",
  "Interviewees from {partners} of the {partnerCount} partner organisations raised {factor} without being asked.",
  "{Group} were the group most likely to mention {factor} when asked what the partnership should change.",
  "When we asked {group} for an example of {factor} working well, {pct}% could give one.",
];

export const GROUP_VIEW_SENTENCES = [
  "{Group} were the most positive group overall, particularly about {factor}.",
  "{Group} were more critical than other groups, especially of {factor}.",
  "{Group} told us that communication has improved, though they still learn of some decisions late.",
  "Most {group} said they would recommend the partnership's approach to other councils.",
  "{Group} asked for clearer information about what the partnership costs and what it achieves.",
  "{Group} said that the partnership feels distant from the people it serves.",
  "{Group} valued the relationships that have built up, and worried about what would happen if key people left.",
];

export const EXTRA_SECTIONS: readonly (readonly [string, readonly string[]])[] = [
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

export const CONCLUSION_SENTENCES = [
  "Overall, we assess the partnership at {level}.",
  "Taking all the evidence together, the partnership sits at {level}.",
  "Our overall judgement is that the partnership is {level}.",
];

export const CONCLUSION_TARGET = {
  below:
    "That is below its target of {target}, and the recommendations below set out what it would take to close the gap.",
  at: "That is the level it set out to reach, and the task now is to keep it there.",
  above:
    "That is above its target of {target}; the partners should check whether the extra integration is worth its cost.",
  none: "The partners have not set a target level, and we recommend that they agree one.",
};

export const COMMENTS = [
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

export const RISK_TITLES: Record<(typeof RISK_CATEGORIES)[number], readonly string[]> = {
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

export const MITIGATIONS = [
  "Quarterly review of the risk at the partnership board, with a named lead.",
  "A recovery plan agreed with every partner and tested once a year.",
  "A contingency budget held by the accountable body.",
  "Succession planning and cross-training for specialist roles.",
  "Early warning indicators added to the quarterly performance report.",
  "An exit and continuity clause in the renewed partnership agreement.",
];

export const RECOMMENDATION_TEXTS: Record<FactorId, readonly string[]> = {
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

export const UPDATE_NOTES: Record<RecommendationStatus, readonly string[]> = {
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

export const GOOD_PRACTICE = [
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

export const COST_DESCRIPTIONS: Record<(typeof COST_BENEFIT_KINDS)[number], readonly string[]> = {
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

export const WITHDRAWN_REASONS = [
  "Withdrawn after the partners identified factual errors in the cost figures. A corrected review will follow.",
  "Withdrawn because the survey results for one group were found to include responses from outside the partnership.",
  "Withdrawn at the request of the board after a partner disputed the scope of the review.",
];

export const INTERNAL_NOTES = [
  "Check the savings figure with the finance team before publication.",
  "Partner leadership asked to see the draft findings on governance first.",
  "Survey response rate low for service users: consider a follow-up panel.",
  "Two interviewees asked not to be quoted, even anonymously.",
];

export const SCOPES = [
  "The partnership's governance, performance and finances since the last review, and progress on its recommendations.",
  "How the partnership works as a partnership: strategy, objectives, delivery, measurement, outcomes and governance.",
  "A readiness assessment ahead of the partnership agreement's renewal, including exit arrangements.",
];

/** How each form reads in a sentence: "… through a joint venture company". */
export const FORM_PHRASES: Record<(typeof PARTNERSHIP_FORMS)[number], string> = {
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
