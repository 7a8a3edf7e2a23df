import type { CandidateInput } from "@/lib/schemas/candidate";

/**
 * The demo candidates. Each one's notes say, in a recruiter's words, what happened in the
 * process, so a person reading the demo can see why each scored as it did. Fraud patterns
 * follow the public advisories on North Korean IT workers; the honest applicants include the
 * edge cases that must not be flagged (a junior asking a low rate, no LinkedIn, a career gap).
 */
type Overrides = Partial<CandidateInput> & { fullName: string; email: string; notes: string };

const HONEST_BASE: Omit<CandidateInput, "fullName" | "email" | "notes"> = {
  phone: "+1 512 555 0143",
  phoneType: "mobile",
  claimedCountry: "US",
  claimedCity: "Austin",
  timezone: "America/Chicago",
  role: "backend_engineer",
  seniority: "senior",
  requestedRate: 88,
  yearsExperienceClaimed: 9,
  skills: ["Go", "PostgreSQL", "Kubernetes", "gRPC"],
  workHistory: [
    {
      employer: "Bluebonnet Logistics",
      title: "Senior Backend Engineer",
      startDate: "2021-02-01",
      verification: "verified",
      country: "US",
      registryStatus: "operating",
    },
    {
      employer: "Hill Country Health",
      title: "Backend Engineer",
      startDate: "2017-06-01",
      endDate: "2021-01-15",
      verification: "verified",
      country: "US",
      registryStatus: "operating",
    },
  ],
  references: [{ name: "Dana Whitfield", email: "dana.whitfield@bluebonnet.example", status: "reached" }],
  onlineProfiles: [
    {
      kind: "linkedin",
      url: "https://www.linkedin.com/in/demo-profile",
      createdOn: "2014-03-10",
      connections: 420,
    },
  ],
  education: {
    institution: "University of Texas at Austin",
    country: "US",
    degree: "BSc Computer Science",
    startYear: 2012,
    endYear: 2016,
  },
  educationVerification: "verified",
  onlineProfilesMatchResume: "matches",
  documentCheck: "consistent",
  paymentMethod: "bank",
  paymentAccountInOwnName: true,
  paymentAccountCountry: "US",
  paymentAccountCount: 1,
  paymentDetailChanges: 0,
  paymentInAdvanceRequested: false,
  videoCallOutcome: "completed",
  videoCallReschedules: 0,
  faceSwapSuspected: false,
  refusesCameraOnboarding: false,
  messagingAppsOnly: false,
  activeHoursStartUtc: 14,
  activeHoursEndUtc: 23,
  residenceAddress: "1200 Barton Springs Rd, Austin, TX 78704",
  shippingAddressChangedBeforeShipment: false,
  requestsOwnDevice: false,
  requestsRemoteAccessTools: false,
  vpnOrHostingIpObserved: false,
  observedIpCountry: "US",
  sessionsObserved: 12,
  distinctIpsObserved: 3,
  distinctIpCountriesObserved: 1,
  differentPersonOnCalls: false,
  thirdPartyOnCalls: false,
  codingTestIrregularities: false,
  scriptedAnswers: false,
  avoidsInPersonOrDrugTest: false,
  intermediary: "none",
};

const unverifiedHistory: CandidateInput["workHistory"] = [
  {
    employer: "Apex Digital Solutions LLC",
    title: "Lead Full-Stack Developer",
    startDate: "2020-01-01",
    verification: "unverifiable",
    country: "US",
    registryStatus: "not_found",
  },
  {
    employer: "Nimbus Soft",
    title: "Senior Developer",
    startDate: "2017-03-01",
    endDate: "2020-06-30",
    verification: "failed",
    country: "US",
    registryStatus: "dissolved",
  },
  {
    employer: "BrightPath Tech",
    title: "Software Engineer",
    startDate: "2015-01-01",
    endDate: "2017-02-28",
    verification: "unverifiable",
  },
];

export const SHARED_WALLET = "0x7f3a9c2b5d1e4f6a8b0c2d4e6f8a0b2c4d6e8f0a";
const SHARED_RESUME =
  "Highly motivated full-stack engineer with 9+ years of experience building scalable web and mobile applications " +
  "with React, Node.js, Python, Django, Flutter, Solidity and AWS. Delivered blockchain, fintech and e-commerce " +
  "platforms for clients in the US and Europe. Strong communicator, available for full-time remote work in any time zone.";

// Distinct phone numbers and addresses, so only the deliberate reuse below links applications.
let serial = 0;
function unique(): Pick<CandidateInput, "phone" | "residenceAddress"> {
  serial += 1;
  return {
    phone: `+1 512 555 ${String(1000 + serial * 37).slice(-4)}`,
    residenceAddress: `${100 + serial * 11} Barton Springs Rd, Austin, TX 78704`,
  };
}

function honest(o: Overrides): CandidateInput {
  return { ...HONEST_BASE, ...unique(), ...o };
}

function fraud(o: Overrides): CandidateInput {
  return {
    ...HONEST_BASE,
    ...unique(),
    workHistory: unverifiedHistory,
    references: [{ name: "Mark Allen", email: "mark.allen.ref@gmail.example", status: "unreachable" }],
    onlineProfiles: [
      {
        kind: "linkedin",
        url: "https://www.linkedin.com/in/new-profile",
        createdOn: "2026-09-01",
        connections: 12,
      },
    ],
    // Graduated two years after the senior position below started.
    education: {
      institution: "State Technical University",
      degree: "BSc Software Engineering",
      startYear: 2015,
      endYear: 2019,
    },
    educationVerification: "unverifiable",
    ...o,
  };
}

export const DEMO_CANDIDATES: CandidateInput[] = [
  // Low: ordinary honest applicants, including the edge cases that must stay low.
  honest({
    fullName: "Maria Gonzalez",
    email: "maria.gonzalez@example.com",
    notes: "Everything checked out: employers, references, camera-on interview, paid to her own US account.",
  }),
  honest({
    fullName: "James Okafor",
    email: "james.okafor@example.com",
    role: "data_engineer",
    requestedRate: 80,
    postedRateMin: 75,
    postedRateMax: 95,
    intermediary: "staffing_agency",
    notes:
      "Straightforward senior data engineer placed through a staffing agency; all checks passed, rate inside the posted range.",
  }),
  honest({
    fullName: "Priya Raman",
    email: "priya.raman@example.com",
    role: "frontend_engineer",
    seniority: "mid",
    requestedRate: 62,
    claimedCity: "Seattle",
    timezone: "America/Los_Angeles",
    activeHoursStartUtc: 16,
    activeHoursEndUtc: 1,
    notes: "Mid-level frontend engineer in Seattle; normal rate, references reached.",
  }),
  honest({
    fullName: "Tom Becker",
    email: "tom.becker@example.com",
    seniority: "junior",
    requestedRate: 30,
    yearsExperienceClaimed: 1,
    education: {
      institution: "Austin Community College",
      degree: "AAS Computer Programming",
      startYear: 2022,
      endYear: 2024,
    },
    workHistory: [
      {
        employer: "Code Academy Austin",
        title: "Apprentice Developer",
        startDate: "2025-06-01",
        verification: "verified",
      },
    ],
    notes: "A real junior, fresh from a bootcamp, asking a junior rate. A low rate alone is not a red flag.",
  }),
  honest({
    fullName: "Aisha Bello",
    email: "aisha.bello@example.com",
    onlineProfiles: [],
    notes: "Has no LinkedIn account; employers and references confirmed by phone instead.",
  }),
  honest({
    fullName: "Lukas Novak",
    email: "lukas.novak@example.com",
    claimedCountry: "CZ",
    claimedCity: "Brno",
    timezone: "Europe/Prague",
    observedIpCountry: "CZ",
    paymentAccountCountry: "CZ",
    paymentMethod: "payment_platform",
    requestedRate: 55,
    activeHoursStartUtc: 7,
    activeHoursEndUtc: 16,
    residenceAddress: "Masarykova 12, Brno",
    notes: "Contractor in Czechia who prefers a payment platform; rate fits the local market.",
  }),
  honest({
    fullName: "Hannah Schultz",
    email: "hannah.schultz@example.com",
    workHistory: [
      {
        employer: "Prairie Analytics",
        title: "Senior Engineer",
        startDate: "2023-04-01",
        verification: "verified",
      },
      {
        employer: "Lone Star Bank",
        title: "Engineer",
        startDate: "2016-01-01",
        endDate: "2021-08-31",
        verification: "verified",
      },
    ],
    notes: "Took an 18-month career break to care for a parent; every position verified.",
  }),
  honest({
    fullName: "Daniel Kim",
    email: "daniel.kim@example.com",
    role: "mobile_engineer",
    videoCallOutcome: "not_attempted",
    faceSwapSuspected: null,
    notes: "Applied yesterday; the video interview is scheduled but has not happened yet.",
  }),
  honest({
    fullName: "Sofia Rossi",
    email: "sofia.rossi@example.com",
    role: "qa_engineer",
    seniority: "mid",
    requestedRate: 50,
    observedIpCountry: "IT",
    sessionsObserved: 10,
    distinctIpsObserved: 4,
    distinctIpCountriesObserved: 2,
    notes:
      "Interviewed once while on holiday in Italy, so the IP country differed that day; otherwise clean.",
  }),
  honest({
    fullName: "Ethan Walker",
    email: "ethan.walker@example.com",
    role: "devops_engineer",
    seniority: "lead",
    requestedRate: 110,
    notes: "Lead DevOps engineer with a long verified history.",
  }),
  honest({
    fullName: "Grace Liu",
    email: "grace.liu@example.com",
    role: "ml_engineer",
    requestedRate: 95,
    educationVerification: "not_checked",
    notes: "Education not checked yet; everything else verified.",
  }),
  honest({
    fullName: "Omar Haddad",
    email: "omar.haddad@example.com",
    role: "security_engineer",
    requestedRate: 92,
    notes: "Security engineer; completed an in-person final round.",
  }),
  // Low to medium: one or two honest-looking irregularities worth a second look.
  honest({
    fullName: "Kevin Brooks",
    email: "kevin.brooks@example.com",
    phoneType: "voip",
    videoCallReschedules: 2,
    notes: "Gave a Google Voice number and rescheduled the video call twice before completing it.",
  }),
  honest({
    fullName: "Nina Petrova",
    email: "nina.petrova@example.com",
    workHistory: [
      {
        employer: "Stellar Apps",
        title: "Senior Engineer",
        startDate: "2022-01-01",
        verification: "unverifiable",
      },
      {
        employer: "Hill Country Health",
        title: "Engineer",
        startDate: "2018-01-01",
        endDate: "2021-12-31",
        verification: "verified",
      },
    ],
    paymentMethod: "payment_platform",
    notes: "Most recent employer could not be reached; asks to be paid through a payment platform.",
  }),
  honest({
    fullName: "Carlos Mendes",
    email: "carlos.mendes@example.com",
    requestedRate: 45,
    postedRateMin: 80,
    postedRateMax: 110,
    messagingAppsOnly: true,
    notes: "Senior asking 45 USD/h for a job posted at 80-110; prefers to talk over Telegram.",
  }),
  honest({
    fullName: "Rachel Adams",
    email: "rachel.adams@example.com",
    videoCallOutcome: "camera_off",
    notes: "Joined the video interview with the camera off, citing a broken webcam.",
  }),
  honest({
    fullName: "Victor Lindqvist",
    email: "victor.lindqvist@example.com",
    vpnOrHostingIpObserved: true,
    requestsOwnDevice: true,
    notes: "Connected through a VPN during the coding test and asked to use his own laptop.",
  }),
  honest({
    fullName: "Emily Carter",
    email: "emily.carter@example.com",
    references: [{ name: "Joe Carter", email: "emily.carter@example.com", status: "reached" }],
    onlineProfiles: [
      { kind: "github", url: "https://github.com/ecarter-demo", createdOn: "2026-08-15", connections: 3 },
    ],
    notes: "Her only reference gave her own email address, and her GitHub account is three months old.",
  }),
  // High and critical: several advisory patterns together. The first three have a clean,
  // verified background, so only the payment, network or interview signals count.
  honest({
    fullName: "Jason Lee",
    email: "jason.lee.fullstack@example.com",
    role: "fullstack_engineer",
    paymentMethod: "third_party",
    requestsRemoteAccessTools: true,
    notes:
      "Wants to be paid through a friend's freelancer account and asked to install AnyDesk on the work laptop.",
  }),
  honest({
    fullName: "Brian Thompson",
    email: "brian.t.codes@example.com",
    activeHoursStartUtc: 0,
    activeHoursEndUtc: 9,
    observedIpCountry: "CN",
    vpnOrHostingIpObserved: true,
    sessionsObserved: 9,
    distinctIpsObserved: 11,
    distinctIpCountriesObserved: 4,
    messagingAppsOnly: true,
    notes:
      "Only on Telegram. Claims to be in Texas, but replies arrive between 7pm and 4am Central; nine sessions came from four countries, through a hosting provider and China.",
  }),
  honest({
    fullName: "Steven Wright",
    email: "steven.wright.remote@example.com",
    paymentAccountCount: 4,
    paymentDetailChanges: 3,
    paymentAccountCountry: "HK",
    paymentInAdvanceRequested: true,
    scriptedAnswers: true,
    notes:
      "Offered four different payment accounts and changed them three times, one in Hong Kong; asked for the first month up front; read answers from a script.",
  }),
  fraud({
    fullName: "Michael Johnson",
    email: "mj.devpro@example.com",
    requestedRate: 35,
    paymentMethod: "crypto",
    cryptoWallet: "0x2b1e7c9d3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c",
    videoCallOutcome: "declined",
    notes:
      "None of the employers could be confirmed, asks for USDT, declined every video call, senior asking US$35/hour.",
  }),
  fraud({
    fullName: "Ryan Mitchell",
    email: "ryan.mitchell.dev@example.com",
    role: "fullstack_engineer",
    requestedRate: 40,
    videoCallOutcome: "camera_off",
    shippingAddress: "88 Elm St, Apt 4, Dallas, TX 75201",
    residenceAddress: "501 Congress Ave, Austin, TX 78701",
    shippingAddressChangedBeforeShipment: true,
    notes:
      "Camera off on both calls; a week before shipping changed the laptop's address to a Dallas address that is not his residence.",
  }),
  fraud({
    fullName: "Kelly Morgan",
    email: "kelly.morgan.dev@example.com",
    role: "data_scientist",
    documentCheck: "inconsistent",
    differentPersonOnCalls: true,
    yearsExperienceClaimed: 18,
    notes:
      "The person on the second interview did not match the first; the ID document's name differs from the application; claims 18 years of experience on a twelve-year history.",
  }),
  fraud({
    fullName: "Andrew Clark",
    email: "andrew.clark.eng@example.com",
    skills: [
      "React",
      "Angular",
      "Vue",
      "Flutter",
      "Swift",
      "Kotlin",
      "Solidity",
      "Rust",
      "Go",
      "Django",
      "Spring",
      "Unity",
      "TensorFlow",
      "PyTorch",
      "SAP ABAP",
      "Salesforce",
      "Kubernetes",
      "Terraform",
    ],
    seniority: "junior",
    requestedRate: 18,
    thirdPartyOnCalls: true,
    intermediary: "third_party_answering",
    codingTestIrregularities: true,
    notes:
      "Claims 18 unrelated stacks as a junior at US$18/hour; someone off-screen answered questions and the coding test was pasted in.",
  }),
  fraud({
    fullName: "Laura Bennett",
    email: "laura.bennett.dev@example.com",
    faceSwapSuspected: true,
    refusesCameraOnboarding: true,
    avoidsInPersonOrDrugTest: true,
    notes: "Video showed face-swap artefacts; refuses camera-on onboarding and the drug test.",
  }),
  // Critical: many signals, reused identities.
  fraud({
    fullName: "Christopher Hall",
    email: "chris.hall.web3@example.com",
    role: "fullstack_engineer",
    requestedRate: 30,
    paymentMethod: "crypto",
    cryptoWallet: SHARED_WALLET,
    resumeText: SHARED_RESUME,
    videoCallOutcome: "declined",
    messagingAppsOnly: true,
    phoneType: "voip",
    shippingAddress: "17 Warehouse Row, Unit 9, Atlanta, GA 30318",
    residenceAddress: "220 Peachtree St, Atlanta, GA 30303",
    notes:
      "Crypto wallet and resume identical to another applicant's; declined video, Telegram only, laptop to a different address.",
  }),
  fraud({
    fullName: "Daniel Foster",
    email: "d.foster.blockchain@example.com",
    role: "fullstack_engineer",
    requestedRate: 28,
    paymentMethod: "crypto",
    cryptoWallet: SHARED_WALLET,
    resumeText: SHARED_RESUME,
    videoCallOutcome: "camera_off",
    differentPersonOnCalls: true,
    observedIpCountry: "RU",
    vpnOrHostingIpObserved: true,
    notes:
      "Same wallet and resume as Christopher Hall; different person on the second call; Russian hosting IP.",
  }),
  fraud({
    fullName: "Matthew Young",
    email: "matt.young.ai@example.com",
    phone: "+1 512 555 0199",
    role: "ml_engineer",
    requestedRate: 25,
    paymentMethod: "third_party",
    paymentAccountInOwnName: false,
    videoCallOutcome: "declined",
    requestsRemoteAccessTools: true,
    requestsOwnDevice: true,
    activeHoursStartUtc: 1,
    activeHoursEndUtc: 10,
    notes:
      "Paid through someone else's account, refuses video, wants remote-access tools and his own device, works Asian hours.",
  }),
  fraud({
    fullName: "Joshua Price",
    email: "joshua.price.dev@example.com",
    phone: "+1 512 555 0199",
    paymentMethod: "crypto",
    cryptoWallet: "bc1qdemo4x7w3r9l2k8m5n6p0q1s3t5v7x9z2a4c6e",
    faceSwapSuspected: true,
    thirdPartyOnCalls: true,
    documentCheck: "inconsistent",
    shippingAddress: "5 Freight Ln, Memphis, TN 38118",
    notes:
      "Same phone number as Matthew Young; suspected face-swap, a third party on calls, documents inconsistent.",
  }),
  fraud({
    fullName: "Brandon Hughes",
    email: "brandon.hughes.sec@example.com",
    role: "security_engineer",
    requestedRate: 22,
    paymentMethod: "crypto",
    cryptoWallet: "TXdemo9a8b7c6d5e4f3g2h1j9k8m7n6p5q4",
    videoCallOutcome: "declined",
    refusesCameraOnboarding: true,
    avoidsInPersonOrDrugTest: true,
    scriptedAnswers: true,
    codingTestIrregularities: true,
    observedIpCountry: "CN",
    vpnOrHostingIpObserved: true,
    notes:
      "Nearly every advisory sign at once: crypto, no video, no in-person onboarding, scripted answers, coached test, foreign hosting IP.",
  }),
  fraud({
    fullName: "Tyler Reed",
    email: "tyler.reed.mobile@example.com",
    role: "mobile_engineer",
    requestedRate: 26,
    paymentMethod: "third_party",
    paymentAccountInOwnName: false,
    paymentAccountCountry: "AE",
    paymentDetailChanges: 4,
    videoCallOutcome: "camera_off",
    videoCallReschedules: 4,
    messagingAppsOnly: true,
    shippingAddress: "3300 Industrial Blvd, Suite 12, Houston, TX 77020",
    notes:
      "Uses a freelancer account in someone else's name paid in the UAE, rescheduled four times, laptop to a business suite.",
  }),
  fraud({
    fullName: "Nathan Cole",
    email: "nathan.cole.data@example.com",
    role: "data_engineer",
    requestedRate: 24,
    workHistory: [
      ...unverifiedHistory,
      {
        employer: "Quantum Leap IT",
        title: "Data Engineer",
        startDate: "2019-01-01",
        endDate: "2021-12-31",
        verification: "failed",
      },
    ],
    paymentMethod: "crypto",
    cryptoWallet: "0x9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b",
    videoCallOutcome: "declined",
    differentPersonOnCalls: true,
    onlineProfilesMatchResume: "employers_differ",
    timezone: "Asia/Shanghai",
    notes:
      "LinkedIn lists other employers than the resume. Overlapping full-time jobs that failed verification, crypto only, declined video, later calls with a different person; the application form gave a Shanghai time zone for a Texas address.",
  }),
];
