/** Pages meant for printing or saving as PDF: no navigation, plain paper colours. */
export default function PrintLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-screen bg-white print:bg-white">{children}</div>;
}
