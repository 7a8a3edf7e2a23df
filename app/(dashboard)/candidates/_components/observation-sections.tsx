"use client";

import type { FieldErrors } from "@/lib/errors";
import { INTERMEDIARIES, PAYMENT_METHODS, VIDEO_CALL_OUTCOMES } from "@/lib/schemas/candidate";
import { INTERMEDIARY_TITLES, PAYMENT_TITLES, VIDEO_TITLES } from "@/lib/format/labels";
import { ObservationField, options, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { FormValues, ScalarField } from "./form-values";
import { Section, type SetField } from "./section";

/** The sections of yes/no observations, counts and free text that feed the red-flag rules. */
export function ObservationSections({
  values,
  set,
  errors,
}: {
  values: FormValues;
  set: SetField;
  errors: FieldErrors;
}) {
  const obs = (field: ScalarField, label: string, hint?: string) => (
    <ObservationField
      label={label}
      hint={hint}
      value={values[field]}
      onChange={(v) => set(field, v)}
      error={errors[field]}
    />
  );
  const text = (field: ScalarField, label: string, hint?: string, inputMode?: "numeric") => (
    <TextField
      label={label}
      hint={hint}
      inputMode={inputMode}
      value={values[field]}
      onChange={(v) => set(field, v)}
      error={errors[field]}
    />
  );
  return (
    <>
      <Section title="Payment" description="How the candidate asked to be paid.">
        <SelectField
          label="Payment preference"
          value={values.paymentMethod}
          onChange={(v) => set("paymentMethod", v)}
          error={errors.paymentMethod}
          options={options(PAYMENT_METHODS, PAYMENT_TITLES)}
          placeholder="Choose a payment preference"
        />
        {obs("paymentAccountInOwnName", "Account in the candidate's own name?")}
        {text("paymentAccountCountry", "Account country", "Two letters, e.g. US")}
        {text("paymentAccountCount", "Number of payment accounts offered", undefined, "numeric")}
        {text("paymentDetailChanges", "Times payment details were changed", undefined, "numeric")}
        {obs("paymentInAdvanceRequested", "Asked to be paid in advance?", "Before any work was delivered")}
        {text("cryptoWallet", "Crypto wallet address")}
        {text("bankAccount", "Bank account / IBAN")}
      </Section>
      <Section
        title="Interviews and communication"
        description="What happened on calls and how the candidate communicates."
      >
        <SelectField
          label="Video call"
          value={values.videoCallOutcome}
          onChange={(v) => set("videoCallOutcome", v)}
          error={errors.videoCallOutcome}
          options={options(VIDEO_CALL_OUTCOMES, VIDEO_TITLES)}
          placeholder="Choose the outcome"
        />
        {text("videoCallReschedules", "Times a video call was rescheduled", undefined, "numeric")}
        {obs("faceSwapSuspected", "Suspected face-swap or video filter?")}
        {obs("refusesCameraOnboarding", "Refuses camera-on or in-person onboarding?")}
        {obs("messagingAppsOnly", "Only reachable through messaging apps?")}
        <div className="grid grid-cols-2 gap-3">
          {text("activeHoursStartUtc", "Active from (UTC hour)", "0–23", "numeric")}
          {text("activeHoursEndUtc", "Active until (UTC hour)", "0–23", "numeric")}
        </div>
        {obs("differentPersonOnCalls", "A different person on later calls?", "As judged by the interviewer")}
        {obs("thirdPartyOnCalls", "Someone else joined or answered for them?")}
        <SelectField
          label="Who answers for the candidate"
          value={values.intermediary}
          onChange={(v) => set("intermediary", v)}
          error={errors.intermediary}
          options={options(INTERMEDIARIES, INTERMEDIARY_TITLES)}
          placeholder="Not recorded"
          hint="In emails, messages and scheduling as well as on calls"
        />
        {obs("codingTestIrregularities", "Signs of coaching or cheating on the coding test?")}
        {obs("scriptedAnswers", "Answers read from a script?")}
        {obs("avoidsInPersonOrDrugTest", "Reluctant about in-person meetings or drug tests?")}
      </Section>
      <Section
        title="Equipment and access"
        description="Where the laptop goes and how the candidate connects."
      >
        {text("residenceAddress", "Residence address")}
        {text("shippingAddress", "Laptop shipping address", "Leave empty if the same as residence")}
        {obs("shippingAddressChangedBeforeShipment", "Shipping address changed before the laptop shipped?")}
        {obs("requestsOwnDevice", "Asks to use their own device?")}
        {obs("requestsRemoteAccessTools", "Asks to install remote-access tools?")}
        {obs("vpnOrHostingIpObserved", "VPN or hosting-provider IP seen?")}
        {text("observedIpCountry", "Country of observed IP", "Two letters, e.g. US")}
        <div className="grid grid-cols-3 gap-3 sm:col-span-2 lg:col-span-3">
          {text("sessionsObserved", "Sessions observed", "Logins or calls with a known IP", "numeric")}
          {text("distinctIpsObserved", "Distinct IP addresses", "Across those sessions", "numeric")}
          {text(
            "distinctIpCountriesObserved",
            "Distinct IP countries",
            "Countries they resolve to",
            "numeric",
          )}
        </div>
      </Section>
      <Section title="Resume and notes">
        <TextAreaField
          className="sm:col-span-2 lg:col-span-3"
          label="Resume text"
          rows={5}
          value={values.resumeText}
          onChange={(v) => set("resumeText", v)}
          error={errors.resumeText}
          hint="Pasted text lets Candor spot the same resume on another application."
        />
        <TextAreaField
          className="sm:col-span-2 lg:col-span-3"
          label="Recruiter notes"
          rows={3}
          value={values.notes}
          onChange={(v) => set("notes", v)}
          error={errors.notes}
        />
      </Section>
    </>
  );
}
