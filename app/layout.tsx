import type { Metadata } from "next";
import { connection } from "next/server";
import { ZodJitless } from "@/components/layout/zod-jitless";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Candor", template: "%s · Candor" },
  description: "Risk scoring and casework for remote IT hiring.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the Content-Security-Policy allows only scripts carrying
  // this response's nonce, and a page prerendered at build time would carry none.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <ZodJitless />
        {children}
      </body>
    </html>
  );
}
