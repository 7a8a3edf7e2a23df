"use client";

import { useCallback, useState } from "react";
import { useRouter } from "next/navigation";
import { saveDraftAction } from "@/lib/actions/rules";
import type { FieldErrors } from "@/lib/errors";
import type { RuleSetContent } from "@/lib/rules-admin";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { parseCountryFactors, toEditorState, toPayload, type EditorState } from "./editor-state";
import { MarketRatesFields } from "./market-rates-fields";
import { PublishForm } from "./publish-form";
import { ThresholdsFields } from "./thresholds-fields";
import { WeightsFields } from "./weights-fields";
import { WhatIfPanel } from "./what-if-panel";

/**
 * The draft form, with the what-if and publish panels under it. Both panels save the form
 * first, so they always work on what the admin sees.
 */
export function DraftEditor({
  draftId,
  content,
  publishedVersion,
}: {
  draftId: string;
  content: RuleSetContent;
  publishedVersion: number;
}) {
  const router = useRouter();
  const [state, setState] = useState<EditorState>(() => toEditorState(content));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);

  const edit = (patch: (s: EditorState) => EditorState) => {
    setState(patch);
    setDirty(true);
  };

  const save = useCallback(async (): Promise<boolean> => {
    const factors = parseCountryFactors(state.countryFactors);
    if (!factors.ok) {
      setErrors({ "marketRates.countryFactors": [factors.error] });
      setMessage({ kind: "error", text: "Some fields need attention." });
      return false;
    }
    setSaving(true);
    const r = await saveDraftAction(draftId, toPayload(state, factors.factors));
    setSaving(false);
    if (!r.ok) {
      setErrors(r.fieldErrors ?? {});
      setMessage({ kind: "error", text: r.error });
      return false;
    }
    setErrors({});
    setDirty(false);
    setMessage({ kind: "ok", text: r.data.changes ? "Draft saved." : "No changes since the last save." });
    router.refresh();
    return true;
  }, [draftId, state, router]);

  return (
    <div className="space-y-6">
      <Card
        title="Edit the draft"
        description="Weights run from 0 to 100. A rule that is off never counts; a hard stop forces the critical band when it fires."
      >
        <form
          noValidate
          className="space-y-8"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <ThresholdsFields
            state={state}
            errors={errors}
            onBand={(b, v) => edit((s) => ({ ...s, bands: { ...s.bands, [b]: v } }))}
            onCaseThreshold={(band) => edit((s) => ({ ...s, caseThreshold: band }))}
          />
          <WeightsFields
            state={state}
            errors={errors}
            onRule={(id, patch) =>
              edit((s) => ({
                ...s,
                rules: {
                  ...s.rules,
                  [id]: { ...(s.rules[id] ?? { enabled: false, weight: "0" }), ...patch },
                },
              }))
            }
            onHardStop={(id, on) =>
              edit((s) => ({
                ...s,
                hardStops: on
                  ? [...s.hardStops.filter((x) => x !== id), id]
                  : s.hardStops.filter((x) => x !== id),
              }))
            }
          />
          <MarketRatesFields
            state={state}
            errors={errors}
            onRate={(role, sen, v) =>
              edit((s) => ({ ...s, rates: { ...s.rates, [role]: { ...s.rates[role], [sen]: v } } }))
            }
            onCountryFactors={(text) => edit((s) => ({ ...s, countryFactors: text }))}
          />
          <div className="sticky bottom-0 -mx-5 flex items-center justify-end gap-3 border-t border-slate-200 bg-white/95 px-5 py-3">
            {message && (
              <p
                role={message.kind === "error" ? "alert" : "status"}
                className={`mr-auto text-sm ${message.kind === "error" ? "text-red-700" : "text-emerald-700"}`}
              >
                {message.text}
              </p>
            )}
            {dirty && <span className="text-xs text-amber-700">Unsaved changes</span>}
            <Button type="submit" disabled={saving}>
              {saving ? "Saving…" : "Save draft"}
            </Button>
          </div>
        </form>
      </Card>
      <WhatIfPanel draftId={draftId} publishedVersion={publishedVersion} save={save} />
      <PublishForm draftId={draftId} publishedVersion={publishedVersion} save={save} />
    </div>
  );
}
