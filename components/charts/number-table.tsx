export interface NumberColumn {
  label: string;
  numeric?: boolean;
}

/**
 * The figures behind a chart as an accessible table: column headers, and the first cell of
 * each row as its row header.
 */
export function NumberTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: NumberColumn[];
  rows: (string | number)[][];
}) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`px-3 py-2 ${c.numeric ? "text-right" : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, i) => (
            <tr key={`${row[0]}-${i}`}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="px-3 py-1.5 text-left font-medium text-slate-800">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={j}
                    className={`px-3 py-1.5 text-slate-700 ${columns[j]?.numeric ? "text-right tabular-nums" : ""}`}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
