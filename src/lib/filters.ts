import { PARTNER_SECTORS, PARTNERSHIP_BASES, PARTNERSHIP_FORMS, type Partnership } from "../schema/index.ts";
import { label } from "./labels.ts";
import type { SiteModel } from "./site-model.ts";

/** One option of a filter: the value in the URL and the words readers see. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The options of the partnership filters, limited to values that some partnership has, in a stable order. */
export interface PartnershipFilterOptions {
  form: FilterOption[];
  basis: FilterOption[];
  service: FilterOption[];
  sector: FilterOption[];
}

/** Returns the options for filtering partnerships by form, basis, service area and partner sector. */
export function filterOptions(model: SiteModel): PartnershipFilterOptions {
  const used = (values: Iterable<string>) => new Set(values);
  const forms = used(model.partnerships.map((partnership) => partnership.data.form));
  const bases = used(model.partnerships.map((partnership) => partnership.data.basis));
  const sectors = used(
    model.partnerships.flatMap((partnership) => partnership.data.partners.map((partner) => partner.sector)),
  );
  const services = [...used(model.partnerships.map((partnership) => partnership.data.serviceArea))].sort((a, b) =>
    a.localeCompare(b, "en-GB"),
  );
  const options = (values: readonly string[], keep: Set<string>) =>
    values.filter((value) => keep.has(value)).map((value) => ({ value, label: label(value) }));
  return {
    form: options(PARTNERSHIP_FORMS, forms),
    basis: options(PARTNERSHIP_BASES, bases),
    service: services.map((service) => ({ value: service, label: service })),
    sector: options(PARTNER_SECTORS, sectors),
  };
}

/** One filter control as the filter form draws it. */
export interface PartnershipFilterControl {
  name: "form" | "basis" | "service" | "sector";
  label: string;
  options: FilterOption[];
}

/** Returns the four partnership filters, in the order the register and comparison pages show them. */
export function partnershipFilterControls(model: SiteModel): PartnershipFilterControl[] {
  const options = filterOptions(model);
  return [
    { name: "form", label: "Form", options: options.form },
    { name: "basis", label: "Basis", options: options.basis },
    { name: "service", label: "Service area", options: options.service },
    { name: "sector", label: "Partner sector", options: options.sector },
  ];
}

/** Returns a table row's data-filter-* attributes for a partnership, matching partnershipFilterControls. */
export function partnershipFilterAttributes(data: Partnership): Record<string, string> {
  return {
    "data-filter-form": data.form,
    "data-filter-basis": data.basis,
    "data-filter-service": data.serviceArea,
    // Several values are separated by "|", which no sector contains.
    "data-filter-sector": [...new Set(data.partners.map((partner) => partner.sector))].join("|"),
  };
}
