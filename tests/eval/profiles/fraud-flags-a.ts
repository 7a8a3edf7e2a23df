import type { FraudFlag } from "./flag-types";
import { COUNTRIES, OPERATING_COUNTRIES } from "./places";
import { NOW_MONTH, colleagueName, makeEmployer, employerDomain } from "./base-profile";
import { bankAccountFor, isoFromMonth, monthOf, phoneFor, walletFor } from "./values";
import { slug } from "./names";

/** Identity, employment/education history and payment signals, in the order they are applied. */
export const IDENTITY_HISTORY_PAYMENT_FLAGS: readonly FraudFlag[] = [
  {
    id: "phone_country_mismatch",
    family: "identity",
    strength: "moderate",
    sources: ["us-2022-05", "fbi-i-012325"],
    apply: ({ rng, unique, person, draft }) => {
      const foreign = rng.chance(0.6)
        ? rng.pick(Object.values(OPERATING_COUNTRIES)).mobile
        : rng.pick(
            Object.values(COUNTRIES).filter(
              (c) => c.code !== person.country.code && c.code !== "CA" && c.code !== "US",
            ),
          ).mobile;
      draft.phone = phoneFor(rng, unique, foreign);
    },
  },
  {
    id: "avoids_in_person",
    family: "identity",
    strength: "moderate",
    sources: ["us-rok-2023-10", "fbi-i-012325"],
    note: "Said they cannot come in for onboarding or the drug screen and asked to do everything online.",
    apply: ({ draft }) => {
      draft.avoidsInPersonOrDrugTest = true;
    },
  },
  {
    id: "document_inconsistent",
    family: "identity",
    strength: "strong",
    sources: ["us-2022-05", "fbi-i-012325", "jp-2024-03"],
    note: "The ID scan's date of birth and photo did not match the background-check record.",
    apply: ({ draft }) => {
      draft.documentCheck = "inconsistent";
    },
  },
  {
    id: "different_person_on_calls",
    family: "identity",
    strength: "strong",
    sources: ["fbi-i-012325", "mandiant-unc5267"],
    excludes: ["camera_off", "video_declined"],
    apply: ({ draft }) => {
      draft.videoCallOutcome = "completed";
      draft.differentPersonOnCalls = true;
    },
  },
  {
    id: "employment_verification_failed",
    family: "history",
    strength: "strong",
    sources: ["us-rok-2023-10", "fbi-i-012325"],
    note: "A former employer's HR has no record of the candidate.",
    apply: ({ rng, draft }) => {
      const job = rng.pick(draft.workHistory);
      job.verification = "failed";
    },
  },
  {
    id: "concurrent_jobs",
    family: "history",
    strength: "moderate",
    sources: ["mandiant-unc5267", "gtig-2025-04"],
    apply: ({ rng, unique, person, draft }) => {
      const current = draft.workHistory[0];
      if (current) current.endDate = undefined;
      // One or two more full-time roles, still open, that started while the current one ran.
      for (let i = 0; i < rng.int(1, 2); i++) {
        draft.workHistory.unshift({
          employer: makeEmployer(rng, unique, rng.chance(0.5) ? person.country.code : "US"),
          title: current?.title ?? "Software Engineer",
          startDate: isoFromMonth(NOW_MONTH - rng.int(2, 14), rng.int(1, 28)),
          endDate: undefined,
          verification: "not_checked",
        });
      }
    },
  },
  {
    id: "unverifiable_history",
    family: "history",
    strength: "moderate",
    sources: ["us-2022-05", "us-rok-2023-10", "fbi-i-012325"],
    apply: ({ rng, unique, person, draft }) => {
      if (draft.workHistory.filter((w) => w.verification !== "failed").length < 2) {
        const first = draft.workHistory[0];
        const before = (first ? monthOf(first.startDate) : NOW_MONTH - 18) - 2;
        draft.workHistory.push({
          employer: makeEmployer(rng, unique, person.country.code),
          title: first?.title ?? "Software Engineer",
          startDate: isoFromMonth(before - rng.int(14, 30), 1),
          endDate: isoFromMonth(before, 28),
          verification: "unverifiable",
        });
      }
      // Past employers that cannot be found, with the current one left unchecked: nobody can vouch.
      draft.workHistory.forEach((w, i) => {
        if (w.verification !== "failed")
          w.verification = i === 0 && rng.chance(0.5) ? "not_checked" : "unverifiable";
      });
    },
  },
  {
    id: "education_unverifiable",
    family: "history",
    strength: "moderate",
    sources: ["us-2022-05", "fbi-i-012325"],
    apply: ({ draft }) => {
      draft.educationVerification = "unverifiable";
    },
  },
  {
    id: "references_unreachable",
    family: "history",
    strength: "moderate",
    sources: ["fbi-i-012325", "mandiant-unc5267"],
    apply: ({ rng, unique, draft }) => {
      while (draft.references.length < 2) {
        const job = draft.workHistory[draft.references.length] ?? draft.workHistory[0];
        const name = colleagueName(rng, unique);
        // Referees on free mail or at the claimed employer's domain, none of whom answers.
        const domain = job && rng.chance(0.5) ? employerDomain(job.employer) : "gmail.com";
        const email = unique.claim("email", () => `${slug(name).slice(0, 6)}${rng.int(10, 9999)}@${domain}`);
        draft.references.push({ name, email, phone: undefined, status: "unreachable" });
      }
      for (const r of draft.references) r.status = "unreachable";
    },
  },
  {
    id: "new_profile_thin",
    family: "history",
    strength: "moderate",
    sources: ["us-rok-2023-10", "mandiant-unc5267"],
    apply: ({ rng, unique, person, draft }) => {
      const recent = isoFromMonth(NOW_MONTH - rng.int(1, 6), rng.int(1, 28));
      const linkedin = draft.onlineProfiles.find((p) => p.kind === "linkedin");
      if (linkedin) {
        linkedin.createdOn = recent;
        linkedin.connections = rng.int(3, 45);
      } else {
        draft.onlineProfiles.unshift({
          kind: "linkedin",
          createdOn: recent,
          connections: rng.int(3, 45),
          url: unique.claim(
            "url",
            () => `https://www.linkedin.com/in/${slug(person.given)}-${slug(person.family)}-${rng.hex(8)}`,
          ),
        });
      }
    },
  },
  {
    id: "resume_history_mismatch",
    family: "history",
    strength: "moderate",
    sources: ["us-2022-05", "us-rok-2023-10"],
    excludes: ["boilerplate_resume"],
    apply: (ctx) => {
      ctx.resumeStyle = "mismatch";
      ctx.includeResume = true;
    },
  },
  {
    id: "boilerplate_resume",
    family: "history",
    strength: "moderate",
    sources: ["us-2022-05", "mandiant-unc5267"],
    excludes: ["resume_history_mismatch"],
    apply: (ctx) => {
      ctx.resumeStyle = "template";
      ctx.includeResume = true;
    },
  },
  {
    id: "crypto_payment",
    family: "payment",
    strength: "strong",
    sources: ["us-2022-05", "jp-2024-03", "uk-ofsi-2024-09"],
    excludes: ["third_party_payment", "account_not_own_name", "payment_account_foreign"],
    note: "Asked to be paid in USDT to a wallet address.",
    apply: ({ rng, unique, draft }) => {
      draft.paymentMethod = "crypto";
      draft.cryptoWallet = walletFor(rng, unique);
      draft.bankAccount = undefined;
      draft.paymentAccountCountry = undefined;
    },
  },
  {
    id: "third_party_payment",
    family: "payment",
    strength: "strong",
    sources: ["us-2022-05", "fbi-i-051624", "doj-2025-06"],
    excludes: ["crypto_payment", "account_not_own_name"],
    note: "Wants the invoices paid to a friend's company account.",
    apply: ({ rng, unique, draft, person }) => {
      draft.paymentMethod = "third_party";
      draft.paymentAccountInOwnName = false;
      draft.bankAccount = bankAccountFor(rng, unique, draft.paymentAccountCountry ?? person.country.code);
    },
  },
  {
    id: "account_not_own_name",
    family: "payment",
    strength: "strong",
    sources: ["fbi-i-051624", "doj-2024-05"],
    excludes: ["crypto_payment", "third_party_payment"],
    apply: ({ draft }) => {
      draft.paymentAccountInOwnName = false;
    },
  },
  {
    id: "payment_account_foreign",
    family: "payment",
    strength: "moderate",
    sources: ["us-2022-05", "uk-ofsi-2024-09"],
    excludes: ["crypto_payment"],
    apply: ({ rng, person, draft }) => {
      const options = ["CN", "CN", "HK", "HK", "SG", "AE"].filter((c) => c !== person.country.code);
      draft.paymentAccountCountry = rng.pick(options);
    },
  },
  {
    id: "multiple_payment_accounts",
    family: "payment",
    strength: "moderate",
    sources: ["us-2022-05", "fbi-i-012325"],
    apply: ({ rng, draft }) => {
      draft.paymentAccountCount = rng.int(3, 6);
    },
  },
  {
    id: "payment_detail_changes",
    family: "payment",
    strength: "moderate",
    sources: ["fbi-i-012325", "us-2022-05"],
    apply: ({ rng, draft }) => {
      draft.paymentDetailChanges = rng.int(2, 5);
    },
  },
];
