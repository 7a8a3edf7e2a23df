import type { JsonSchema } from "@/lib/api/openapi";
import { TypeLabel } from "./schema-view";

const METHOD_STYLES: Record<string, string> = {
  get: "bg-sky-100 text-sky-900",
  post: "bg-emerald-100 text-emerald-900",
  patch: "bg-amber-100 text-amber-900",
};

export function MethodBadge({ method }: { method: string }) {
  return (
    <span
      className={`inline-block w-14 rounded px-1.5 py-0.5 text-center font-mono text-xs font-bold uppercase ${METHOD_STYLES[method] ?? "bg-slate-100"}`}
    >
      {method}
    </span>
  );
}

export function operationAnchor(op: JsonSchema): string {
  return `op-${String(op.operationId)}`;
}

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

function contentSchema(content: unknown): { mediaTypes: string[]; schema: JsonSchema | null } {
  const entries = Object.entries((content ?? {}) as Record<string, { schema?: JsonSchema }>);
  return { mediaTypes: entries.map(([m]) => m), schema: entries[0]?.[1].schema ?? null };
}

/** One operation: what it does, the scope it needs, its parameters, body and answers. */
export function OperationCard({ method, path, op }: { method: string; path: string; op: JsonSchema }) {
  const parameters = (op.parameters ?? []) as Parameter[];
  const body = op.requestBody ? contentSchema((op.requestBody as JsonSchema).content) : null;
  const responses = Object.entries(op.responses as Record<string, JsonSchema>);
  const scope = op["x-required-scope"] as string | undefined;
  return (
    <section
      id={operationAnchor(op)}
      className="scroll-mt-6 rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <header className="border-b border-slate-100 px-5 py-3.5">
        <h3 className="flex flex-wrap items-center gap-3 text-base font-semibold text-slate-900">
          <MethodBadge method={method} />
          <code className="font-mono">/api/v1{path}</code>
          <span className="text-sm font-normal text-slate-600">{String(op.summary)}</span>
        </h3>
        <p className="mt-1 text-sm text-slate-600">{String(op.description)}</p>
        <p className="mt-1 text-xs text-slate-500">
          {scope ? (
            <>
              Needs scope <code className="rounded bg-slate-100 px-1 font-mono">{scope}</code>
            </>
          ) : (
            "No API key needed"
          )}
        </p>
      </header>
      <div className="space-y-4 px-5 py-4">
        {parameters.length > 0 && (
          <div>
            <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Parameters</h4>
            <table className="mt-1 min-w-full text-sm">
              <tbody className="divide-y divide-slate-100">
                {parameters.map((p) => (
                  <tr key={`${p.in}-${p.name}`}>
                    <td className="w-px py-1.5 pr-4 align-top font-mono font-semibold whitespace-nowrap">
                      {p.name}
                    </td>
                    <td className="w-px py-1.5 pr-4 align-top text-xs whitespace-nowrap text-slate-500">
                      {p.in}
                      {p.required ? ", required" : ""}
                    </td>
                    <td className="w-px py-1.5 pr-4 align-top text-xs whitespace-nowrap">
                      <TypeLabel schema={p.schema} />
                    </td>
                    <td className="py-1.5 align-top text-xs text-slate-600">{p.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {body?.schema && (
          <div>
            <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              Request body · {body.mediaTypes.join(", ")}
            </h4>
            <p className="mt-1 text-sm">
              <TypeLabel schema={body.schema} />
            </p>
          </div>
        )}
        <div>
          <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Responses</h4>
          <ul className="mt-1 divide-y divide-slate-100 text-sm">
            {responses.map(([status, response]) => {
              const { schema } = contentSchema(response.content);
              const headers = Object.keys((response.headers ?? {}) as Record<string, unknown>);
              return (
                <li key={status} className="flex gap-3 py-1.5">
                  <span
                    className={`w-9 shrink-0 font-mono font-semibold ${status.startsWith("2") ? "text-emerald-700" : "text-red-700"}`}
                  >
                    {status}
                  </span>
                  <span className="text-slate-700">
                    {String(response.description)}
                    {schema && (
                      <span className="ml-2 text-xs">
                        <TypeLabel schema={schema} />
                      </span>
                    )}
                    {headers.length > 0 && (
                      <span className="ml-2 text-xs text-slate-500">headers: {headers.join(", ")}</span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </section>
  );
}
