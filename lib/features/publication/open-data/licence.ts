/**
 * The open-data licence is an SPDX id chosen by the city (default CC BY 4.0). Catalogues and
 * files link to the licence text; ids outside this short list link to their SPDX page.
 */
const LICENCE_URLS: Record<string, string> = {
  "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
  "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
  "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
  "ODC-By-1.0": "https://opendatacommons.org/licenses/by/1-0/",
  "PDDL-1.0": "https://opendatacommons.org/licenses/pddl/1-0/",
};

export const DEFAULT_LICENCE = "CC-BY-4.0";

export function licenceUrl(spdxId: string): string {
  return LICENCE_URLS[spdxId] ?? `https://spdx.org/licenses/${encodeURIComponent(spdxId)}.html`;
}
