/**
 * The 20 elements of the FRA human rights city framework (lib/reference/framework/catalogue), keyed by
 * element key. Text written for Charta from the FRA guide "Human rights cities in the EU" (2022);
 * FRA is credited wherever it is shown (common.fraCredit).
 */
import type { FrameworkReference } from "../../reference-types";
import { foundationsFr } from "./framework/foundations";
import { structuresFr } from "./framework/structures";
import { toolsFr } from "./framework/tools";

export const frameworkElementsFr: FrameworkReference = { ...foundationsFr, ...structuresFr, ...toolsFr };
