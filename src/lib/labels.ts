/** Words for enum values where sentence case alone reads badly. */
const SPECIAL: Record<string, string> = {
  "shared-service": "Shared service",
  "joint-venture": "Joint venture",
  "spin-off": "Spin-off",
  "internal-audit": "Internal audit",
  "self-assessment": "Self-assessment",
  "accountable-body": "Accountable body",
  "document-review": "Document review",
  "economies-of-scale": "Economies of scale",
  "joined-up": "Joined-up services",
  "culture-change": "Culture change",
  "not-accepted": "Not accepted",
  "cost-avoidance": "Cost avoidance",
  "partly-accepted": "Partly accepted",
  "service-user": "Service user",
  "internal-assessment": "Internal assessment",
};

/** The six common partnership risks, named and explained for readers. */
export const RISK_CATEGORY_TEXT: Record<string, { label: string; explanation: string }> = {
  "complex-management": {
    label: "Management not focused on outcomes",
    explanation: "Management arrangements are complex and do not focus on outcomes.",
  },
  "no-joint-objectives": {
    label: "No joint objectives",
    explanation: "The partners cannot agree joint objectives.",
  },
  "supplier-failure": {
    label: "Supplier failure",
    explanation: "A supplier fails and leaves the service in limbo.",
  },
  "resource-disconnect": {
    label: "Resources do not match objectives",
    explanation: "The resources put in do not match what the collaboration is meant to achieve.",
  },
  "reputational-damage": {
    label: "Reputational damage",
    explanation: "Poor performance harms the reputation of every partner.",
  },
  "quick-wins": {
    label: "Quick wins over harder needs",
    explanation: "Quick wins are pursued while harder customer needs go undelivered.",
  },
  other: { label: "Other risks", explanation: "Risks outside the six common partnership risks." },
};

/** Returns a readable label for an enum value, such as "shared-service" → "Shared service". */
export function label(value: string): string {
  const special = SPECIAL[value];
  if (special !== undefined) return special;
  const words = value.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
