import type { AdvisorySource } from "./types";

/**
 * The public advisories the catalogue is built from. Every rule cites one, so a recruiter
 * can see why a signal counts and a reviewer can check that it really is in the advisory.
 */
export const SOURCES = {
  usGuidance2022: {
    advisory:
      "US State/Treasury/FBI, Guidance on the Democratic People's Republic of Korea Information Technology Workers",
    date: "2022-05-16",
    url: "https://ofac.treasury.gov/recent-actions/20220516",
  },
  rokAdvisory2022: {
    advisory: "Republic of Korea MOFA/MOU/NIS and partners, Advisory on North Korean IT workers",
    date: "2022-12-08",
  },
  fbiPsa2023: {
    advisory:
      "FBI/State with ROK partners, PSA: Additional Guidance on the DPRK Information Technology Workers",
    date: "2023-10-18",
    url: "https://www.ic3.gov/PSA/2023/PSA231018",
  },
  fbiPsa2024: {
    advisory:
      "FBI PSA: North Korea Leverages U.S.-Based Individuals to Defraud U.S. Businesses and Generate Revenue",
    date: "2024-05-16",
    url: "https://www.ic3.gov/PSA/2024/PSA240516",
  },
  ukOfsi2024: {
    advisory: "UK OFSI, Advisory on North Korean IT workers",
    date: "2024-09-12",
  },
  fbiPsa2025: {
    advisory: "FBI PSA: North Korean IT Workers Conducting Data Extortion (with updated indicators)",
    date: "2025-01-23",
    url: "https://www.ic3.gov/PSA/2025/PSA250123",
  },
  mandiant2024: {
    advisory: "Mandiant (Google Cloud), Staying a Step Ahead: Mitigating the DPRK IT Worker Threat (UNC5267)",
    date: "2024-09-23",
    url: "https://cloud.google.com/blog/topics/threat-intelligence/mitigating-dprk-it-worker-threat",
  },
  microsoftJasperSleet2025: {
    advisory: "Microsoft Threat Intelligence, Jasper Sleet: North Korean remote IT workers' evolving tactics",
    date: "2025-06-30",
    url: "https://www.microsoft.com/en-us/security/blog/2025/06/30/jasper-sleet-north-korean-remote-it-workers-evolving-tactics-to-infiltrate-organizations/",
  },
  doj2025: {
    advisory: "US DOJ, Coordinated nationwide actions to combat North Korean remote IT worker schemes",
    date: "2025-06-30",
    url: "https://www.justice.gov/opa/pr/justice-department-announces-coordinated-nationwide-actions-combat-north-korean-remote",
  },
  ofacSdn: {
    advisory: "OFAC Specially Designated Nationals list (DPRK IT-worker designations)",
    date: "2023-05-23",
    url: "https://sanctionssearch.ofac.treas.gov/",
  },
} as const satisfies Record<string, AdvisorySource>;
