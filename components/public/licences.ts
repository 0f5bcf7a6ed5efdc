/** Full names of the open-data licences a city can choose (SPDX ids); another id is shown as it is. */
const NAMES: Record<string, string> = {
  "CC-BY-4.0": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  "CC-BY-SA-4.0": "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)",
  "CC0-1.0": "Creative Commons Zero 1.0 Universal (CC0 1.0)",
  "ODbL-1.0": "Open Data Commons Open Database License 1.0 (ODbL)",
  "ODC-By-1.0": "Open Data Commons Attribution License 1.0 (ODC-By)",
  "PDDL-1.0": "Open Data Commons Public Domain Dedication and License 1.0 (PDDL)",
};

export function licenceName(spdx: string): string {
  return NAMES[spdx] ?? spdx;
}
