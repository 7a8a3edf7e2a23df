/**
 * The public advisories the signals come from. Each flag and edge case cites these ids, and
 * the README lists them with what each says.
 */
export const SOURCES = {
  "us-2022-05": "US State/Treasury/FBI, Guidance on the DPRK Information Technology Workers (2022-05-16)",
  "us-rok-2023-10":
    "US/ROK, Additional Guidance on the DPRK Information Technology Workers (2023-10-18, IC3 PSA231018)",
  "fbi-i-051624":
    "FBI PSA I-051624-PSA, North Korea IT workers using US identities and US-based facilitators (2024-05-16)",
  "fbi-i-012325":
    "FBI PSA I-012325-PSA, North Korean IT workers conducting data extortion; hiring guidance (2025-01-23)",
  "mandiant-unc5267": "Mandiant/Google Cloud, Mitigating the DPRK IT Worker Threat (UNC5267) (2024-09-23)",
  "gtig-2025-04":
    "Google Threat Intelligence Group, DPRK IT Workers Expanding in Scope and Scale (2025-04-02)",
  "msft-jasper-sleet":
    "Microsoft Threat Intelligence, Jasper Sleet: North Korean remote IT workers' evolving tactics (2025-06-30)",
  "doj-2024-05": "US DOJ, charges against a US laptop-farm facilitator and DPRK IT workers (2024-05-16)",
  "doj-2025-06": "US DOJ, DPRK RevGen: Domestic Enabler Initiative coordinated actions (2025-06-30)",
  "rok-2023-12": "Republic of Korea government advisory on DPRK IT workers (2023-12)",
  "jp-2024-03": "Japan NPA/MOFA/METI/MOF, advisory on North Korean IT workers (2024-03-26)",
  "uk-ofsi-2024-09": "UK OFSI, North Korea IT workers advisory (2024-09)",
} as const;

export type SourceId = keyof typeof SOURCES;
