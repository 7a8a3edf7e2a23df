import type { CheckpointStatusView } from "@/lib/data/audit-checkpoint";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";

/**
 * The public key that verifies the audit trail's signed checkpoints, and the newest checkpoint,
 * published so a security lead can check a copy of the trail independently of this server.
 */
export function CheckpointPanel({ status }: { status: CheckpointStatusView }) {
  const latest = status.latest;
  return (
    <Card
      title="Signed checkpoints"
      description={`Every ${status.every} events or ${status.minutes} minutes, the trail's head is signed with an Ed25519 key kept outside the database. Check with: npm run cli -- audit verify`}
      className="mb-4"
    >
      <div data-testid="audit-checkpoints" className="space-y-3 text-sm">
        {status.warning && (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
            {status.warning}
          </p>
        )}
        {status.problem && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
            Checkpoint file: {status.problem}
          </p>
        )}
        {status.publicKeyPem && (
          <div>
            <p className="font-medium text-slate-800">
              Public key <span className="font-mono text-xs text-slate-500">id {status.keyId}</span>
            </p>
            <pre
              data-testid="audit-public-key"
              className="mt-1 overflow-x-auto rounded-md bg-slate-50 p-2 font-mono text-xs text-slate-700"
            >
              {status.publicKeyPem.trim()}
            </pre>
          </div>
        )}
        {latest ? (
          <p data-testid="audit-latest-checkpoint" className="text-slate-700">
            Newest checkpoint: event <span className="font-mono">#{latest.seq}</span>, signed{" "}
            {formatDateTime(latest.at)} ({latest.source === "file" ? "checkpoint file" : "database table"}),
            head <span className="font-mono text-xs break-all">{latest.headHash}</span>{" "}
            {latest.signatureValid === null ? (
              <span className="text-slate-500">signature not checked (no key)</span>
            ) : latest.signatureValid ? (
              <span className="font-medium text-emerald-700">signature valid</span>
            ) : (
              <span className="font-medium text-red-700">signature INVALID</span>
            )}
          </p>
        ) : (
          status.publicKeyPem && <p className="text-slate-600">No checkpoint has been signed yet.</p>
        )}
      </div>
    </Card>
  );
}
