import { z } from "zod";

const optional = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max).optional(),
  );

export const auditQuerySchema = z.object({
  action: optional(60),
  actor: optional(254),
  target: optional(60),
  from: z.preprocess((v) => (v === "" ? undefined : v), z.iso.date().optional()).catch(undefined),
  to: z.preprocess((v) => (v === "" ? undefined : v), z.iso.date().optional()).catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).catch(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
