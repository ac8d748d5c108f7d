import { buildSiteModel, type PublicPartnership, type SiteModel } from "../../../../src/lib/site-model.ts";
import { validateFixture } from "../../helpers/fixtures.ts";

/** The build's "now" for the v2-full fixture in these tests. */
export const V2_TODAY = "2025-06-30";

/** Returns the site model of the v2-full fixture, which uses every version 2 field, built on V2_TODAY. */
export async function v2Model(): Promise<SiteModel> {
  const result = await validateFixture("v2-full");
  if (result.content === undefined) throw new Error("the v2-full fixture does not validate");
  return buildSiteModel(result.content, V2_TODAY);
}

/** Returns a partnership of the model by slug, or throws. */
export function partnershipOf(model: SiteModel, slug: string): PublicPartnership {
  const found = model.partnerships.find((item) => item.slug === slug);
  if (found === undefined) throw new Error(`the model lacks ${slug}`);
  return found;
}
