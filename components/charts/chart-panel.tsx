import { Card } from "@/components/ui/card";

/**
 * A chart in a card, with its numbers one click away in a table, or a short message instead
 * when there is nothing to draw.
 */
export function ChartPanel({
  title,
  description,
  empty,
  emptyText,
  chart,
  table,
  className,
  testId,
}: {
  title: string;
  description?: string;
  empty: boolean;
  emptyText: string;
  chart: React.ReactNode;
  table: React.ReactNode;
  className?: string;
  testId: string;
}) {
  return (
    <Card title={title} description={description} className={className}>
      <div data-testid={testId}>
        {empty ? (
          <p className="rounded-lg border border-dashed border-slate-300 px-4 py-10 text-center text-sm text-slate-500">
            {emptyText}
          </p>
        ) : (
          <>
            <figure aria-label={title}>{chart}</figure>
            <details className="group mt-3 border-t border-slate-100 pt-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700 select-none hover:underline">
                Show the numbers
              </summary>
              {table}
            </details>
          </>
        )}
      </div>
    </Card>
  );
}
