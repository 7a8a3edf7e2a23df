import { z } from "zod";
import { isStorableText, UNSTORABLE_MESSAGE } from "@/lib/schemas/storable";
import { ROLE_NAMES } from "@/lib/auth/permissions";
import { emailSchema } from "@/lib/schemas/common";

export const newUserSchema = z.object({
  email: emailSchema,
  name: z
    .string()
    .trim()
    .min(1, "Name is required")
    .max(120)
    .refine(isStorableText, UNSTORABLE_MESSAGE)
    .optional(),
  role: z.enum(ROLE_NAMES, { message: `Role must be one of ${ROLE_NAMES.join(", ")}` }),
});
export type NewUser = z.infer<typeof newUserSchema>;

export const roleChangeSchema = z.object({
  role: z.enum(ROLE_NAMES, { message: `Role must be one of ${ROLE_NAMES.join(", ")}` }),
});
