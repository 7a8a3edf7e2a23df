import type { JsonSchema } from "@/lib/api/openapi";

/** Renders a JSON Schema from the OpenAPI document as a readable field tree, server-side. */
const MAX_DEPTH = 5;

function refName(schema: JsonSchema): string | null {
  return typeof schema.$ref === "string" ? schema.$ref.split("/").pop()! : null;
}

export function schemaAnchor(name: string): string {
  return `schema-${name}`;
}

function RefLink({ name }: { name: string }) {
  return (
    <a href={`#${schemaAnchor(name)}`} className="font-mono text-brand-700 underline decoration-dotted">
      {name}
    </a>
  );
}

/** A short type, e.g. `string (email)`, `integer`, `Candidate | null`, `array of string`. */
export function TypeLabel({ schema }: { schema: JsonSchema }) {
  const ref = refName(schema);
  if (ref) return <RefLink name={ref} />;
  const anyOf = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (anyOf) {
    return (
      <>
        {anyOf.map((s, i) => (
          <span key={i}>
            {i > 0 && " | "}
            <TypeLabel schema={s} />
          </span>
        ))}
      </>
    );
  }
  if (Array.isArray(schema.enum))
    return <span className="font-mono">{schema.enum.map((v) => JSON.stringify(v)).join(" | ")}</span>;
  const types = Array.isArray(schema.type)
    ? (schema.type as string[])
    : schema.type
      ? [schema.type as string]
      : ["any"];
  return (
    <span className="font-mono">
      {types.map((t, i) => (
        <span key={t}>
          {i > 0 && " | "}
          {t === "array" && schema.items ? (
            <>
              array of <TypeLabel schema={schema.items as JsonSchema} />
            </>
          ) : t === "object" &&
            schema.additionalProperties &&
            typeof schema.additionalProperties === "object" ? (
            <>
              map of <TypeLabel schema={schema.additionalProperties as JsonSchema} />
            </>
          ) : (
            t
          )}
          {t === "string" && typeof schema.format === "string" ? ` (${schema.format})` : null}
        </span>
      ))}
    </span>
  );
}

const SAFE_LIMIT = 9_007_199_254_740_991;

function range(min: number | undefined, max: number | undefined, unit = ""): string | null {
  if (min !== undefined && max !== undefined) return `${min}–${max}${unit}`;
  if (min !== undefined) return `≥ ${min}${unit}`;
  if (max !== undefined) return `≤ ${max}${unit}`;
  return null;
}

function constraints(schema: JsonSchema): string[] {
  const n = (k: string) =>
    typeof schema[k] === "number" && Math.abs(schema[k] as number) < SAFE_LIMIT
      ? (schema[k] as number)
      : undefined;
  const minLength = n("minLength");
  const length =
    minLength === 1 && n("maxLength") === undefined
      ? "non-empty"
      : range(minLength || undefined, n("maxLength"), " chars");
  const out = [
    length,
    range(n("minimum"), n("maximum")),
    n("exclusiveMinimum") !== undefined ? `> ${n("exclusiveMinimum")}` : null,
  ];
  if (n("maxItems") !== undefined) out.push(`at most ${n("maxItems")} items`);
  if (typeof schema.pattern === "string" && schema.pattern.length <= 40 && !schema.format)
    out.push(`pattern ${schema.pattern}`);
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  return out.filter((c): c is string => c !== null);
}

/** The object whose fields should be listed under a property: itself, or the items of an array of objects. */
function nestedObject(schema: JsonSchema): JsonSchema | null {
  if (schema.properties) return schema;
  const items = schema.items as JsonSchema | undefined;
  if (items?.properties) return items;
  const alternatives = (schema.anyOf as JsonSchema[] | undefined)?.filter((s) => s.type !== "null");
  if (alternatives?.length === 1) return nestedObject(alternatives[0]!);
  return null;
}

export function SchemaView({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const object = nestedObject(schema);
  if (!object) {
    return (
      <p className="text-sm">
        <TypeLabel schema={schema} />
      </p>
    );
  }
  const required = new Set((object.required ?? []) as string[]);
  const properties = Object.entries(object.properties as Record<string, JsonSchema>);
  return (
    <ul
      className={`divide-y divide-slate-100 text-sm ${depth > 0 ? "mt-2 border-l-2 border-slate-200 pl-3" : ""}`}
    >
      {properties.map(([name, prop]) => {
        const nested = depth < MAX_DEPTH && !refName(prop) ? nestedObject(prop) : null;
        return (
          <li key={name} className="py-1.5">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <code className="font-mono font-semibold text-slate-900">{name}</code>
              {required.has(name) ? (
                <span className="text-xs font-medium text-red-700">required</span>
              ) : (
                <span className="text-xs text-slate-400">optional</span>
              )}
              <span className="text-xs text-slate-700">
                <TypeLabel schema={prop} />
              </span>
              {constraints(prop).map((c) => (
                <span key={c} className="rounded bg-slate-100 px-1 font-mono text-[11px] text-slate-600">
                  {c}
                </span>
              ))}
            </div>
            {typeof prop.description === "string" && (
              <p className="text-xs text-slate-600">{prop.description}</p>
            )}
            {nested && <SchemaView schema={nested} depth={depth + 1} />}
          </li>
        );
      })}
    </ul>
  );
}
