import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guards";
import { openApiDocument } from "@/lib/api/openapi";
import { Card, PageHeader } from "@/components/ui/card";
import { MethodBadge, OperationCard, operationAnchor } from "./_components/operation-card";
import { SchemaView, schemaAnchor } from "./_components/schema-view";

export const metadata: Metadata = { title: "API reference" };

/** The document's prose marks code with backticks; show those parts as code. */
function Prose({ text }: { text: string }) {
  return (
    <p>
      {text.split("`").map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-xs">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </p>
  );
}

/** The OpenAPI document, read for people: every operation, its parameters, bodies and answers. */
export default async function ApiDocsPage() {
  await requirePageActor();
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = doc.tags.map((t) => ({
    ...t,
    operations: operations.filter((o) => (o.op.tags as string[])[0] === t.name),
  }));
  return (
    <>
      <PageHeader
        title="API reference"
        description={`${doc.info.title} ${doc.info.version} · OpenAPI ${doc.openapi}`}
        actions={
          <a
            href="/api/v1/openapi.json"
            className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
          >
            openapi.json
          </a>
        }
      />
      <div className="grid gap-6 lg:grid-cols-4">
        <nav aria-label="Operations" className="lg:col-span-1">
          <div className="sticky top-6 space-y-4 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
            {tags.map((t) => (
              <div key={t.name}>
                <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t.name}</p>
                <ul className="mt-1 space-y-1">
                  {t.operations.map(({ path, method, op }) => (
                    <li key={`${method} ${path}`}>
                      <a
                        href={`#${operationAnchor(op)}`}
                        className="flex items-center gap-2 hover:text-brand-700"
                      >
                        <MethodBadge method={method} />
                        <span className="truncate font-mono text-xs">{path}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            <div>
              <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Schemas</p>
              <ul className="mt-1 space-y-0.5">
                {Object.keys(doc.components.schemas).map((name) => (
                  <li key={name}>
                    <a href={`#${schemaAnchor(name)}`} className="font-mono text-xs hover:text-brand-700">
                      {name}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </nav>
        <div className="space-y-6 lg:col-span-3">
          <Card title="Using the API">
            <div className="space-y-2 text-sm text-slate-700">
              {doc.info.description.split("\n\n").map((p) => (
                <Prose key={p} text={p} />
              ))}
              <p>
                Lists are paged with <code className="font-mono">?limit=</code> and{" "}
                <code className="font-mono">?cursor=</code>: each answer is{" "}
                <code className="font-mono">{"{ data, nextCursor }"}</code>, and nextCursor is null on the
                last page.
              </p>
            </div>
          </Card>
          {tags.map((t) => (
            <section key={t.name} aria-labelledby={`tag-${t.name}`} className="space-y-4">
              <h2 id={`tag-${t.name}`} className="text-lg font-semibold text-slate-900">
                {t.name} <span className="text-sm font-normal text-slate-500">· {t.description}</span>
              </h2>
              {t.operations.map(({ path, method, op }) => (
                <OperationCard key={`${method} ${path}`} method={method} path={path} op={op} />
              ))}
            </section>
          ))}
          <section aria-labelledby="schemas" className="space-y-4">
            <h2 id="schemas" className="text-lg font-semibold text-slate-900">
              Schemas
            </h2>
            {Object.entries(doc.components.schemas).map(([name, schema]) => (
              <div
                key={name}
                id={schemaAnchor(name)}
                className="scroll-mt-6 rounded-xl border border-slate-200 bg-white px-5 py-4 shadow-sm"
              >
                <h3 className="font-mono text-base font-semibold text-slate-900">{name}</h3>
                {typeof schema.description === "string" && (
                  <p className="mt-0.5 text-sm text-slate-600">{schema.description}</p>
                )}
                <div className="mt-2">
                  <SchemaView schema={schema} />
                </div>
              </div>
            ))}
          </section>
        </div>
      </div>
    </>
  );
}
