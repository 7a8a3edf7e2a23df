"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { decideCaseAction, reviewDecisionAction } from "@/lib/actions/cases";
import { OUTCOME_LABELS, type CaseOutcome } from "@/lib/cases/policy";
import type { ReasonCode } from "@/lib/cases/reason-codes";
import type { FieldErrors } from "@/lib/errors";
import type { Band } from "@/lib/scoring";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/forms/notices";

export function DecisionForm({
  caseId,
  version,
  band,
  firedRuleIds,
  reasonCodes,
}: {
  caseId: string;
  version: number;
  band: Band;
  firedRuleIds: string[];
  reasonCodes: readonly ReasonCode[];
}) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<string>("");
  const [code, setCode] = useState("");
  const [rationale, setRationale] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // Only reason codes for the chosen outcome that answer a red flag that actually fired.
  const usable = reasonCodes.filter(
    (r) =>
      r.outcome === outcome &&
      (r.dismisses.length === 0 || r.dismisses.some((id) => firedRuleIds.includes(id))),
  );

  function submit(event: React.FormEvent) {
    event.preventDefault();
    start(async () => {
      const r = await decideCaseAction(caseId, { version, outcome, reasonCode: code, rationale });
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        setMessage(r.error);
        return;
      }
      setErrors({});
      setMessage(null);
      router.refresh();
    });
  }

  return (
    <Card
      title="Decide"
      description={
        band === "critical" ? "Clearing a critical case needs a second security lead's approval." : undefined
      }
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError message={message} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Outcome"
            value={outcome}
            onChange={(v) => {
              setOutcome(v);
              setCode("");
            }}
            error={errors.outcome}
            placeholder="Choose an outcome"
            options={(Object.keys(OUTCOME_LABELS) as CaseOutcome[]).map((o) => ({
              value: o,
              label: OUTCOME_LABELS[o],
            }))}
          />
          <SelectField
            label="Reason code"
            value={code}
            onChange={setCode}
            error={errors.reasonCode}
            placeholder={outcome ? "Choose a reason" : "Choose an outcome first"}
            options={usable.map((r) => ({ value: r.code, label: r.label }))}
          />
        </div>
        <TextAreaField
          label="Rationale"
          value={rationale}
          onChange={setRationale}
          error={errors.rationale}
          rows={4}
          hint="What you checked and what you found. Recruiters see the outcome and reason code, not this text."
        />
        <div className="flex justify-end">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Record decision"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

export function PendingReview({
  caseId,
  version,
  pending,
  canWork,
}: {
  caseId: string;
  version: number;
  pending: {
    outcome: CaseOutcome;
    reasonLabel: string;
    rationale: string;
    requestedBy: string | null;
    requestedByMe: boolean;
  };
  canWork: boolean;
}) {
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const act = (approve: boolean) =>
    start(async () => {
      const r = await reviewDecisionAction(caseId, version, approve);
      if (!r.ok) setMessage(r.error);
      router.refresh();
    });
  return (
    <Card title="Waiting for a second approval">
      <p className="text-sm text-slate-800">
        <strong>{OUTCOME_LABELS[pending.outcome]}</strong>: {pending.reasonLabel}
      </p>
      <p className="mt-1 text-sm whitespace-pre-wrap text-slate-700">{pending.rationale}</p>
      <p className="mt-2 text-xs text-slate-500">Requested by {pending.requestedBy ?? "unknown"}</p>
      {message && (
        <p role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      )}
      {canWork &&
        (pending.requestedByMe ? (
          <p className="mt-3 text-sm text-slate-600">
            You asked for this decision, so another security lead must approve it.
          </p>
        ) : (
          <div className="mt-3 flex gap-2">
            <Button type="button" disabled={busy} onClick={() => act(true)}>
              Approve
            </Button>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => act(false)}>
              Send back
            </Button>
          </div>
        ))}
    </Card>
  );
}
