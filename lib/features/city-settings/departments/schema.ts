import { z } from "zod";

/** A department of the city, shared by the register's forms and actions. Messages are keys of lib/features/commitments/messages.ts. */

const version = z.number({ error: "commitments.validation.versionInvalid" }).int().min(1, { error: "commitments.validation.versionInvalid" });

const fields = {
  name: z
    .string()
    .trim()
    .min(2, { error: "commitments.departments.validation.nameTooShort" })
    .max(120, { error: "commitments.departments.validation.nameTooLong" }),
  contactName: z.string().trim().max(120, { error: "commitments.departments.validation.contactTooLong" }),
  contactEmail: z
    .string()
    .trim()
    .max(254, { error: "commitments.departments.validation.emailInvalid" })
    .refine((e) => e === "" || z.email().safeParse(e).success, { error: "commitments.departments.validation.emailInvalid" }),
};

export const ZDepartmentCreate = z.object(fields);
export type TDepartmentCreate = z.infer<typeof ZDepartmentCreate>;

export const ZDepartmentUpdate = z.object({ id: z.uuid({ error: "commitments.validation.idInvalid" }), version, ...fields });
export type TDepartmentUpdate = z.infer<typeof ZDepartmentUpdate>;

/**
 * `unsetCommitments` is the person's answer to "its N commitments will have no department":
 * without it, a department that (by now) has commitments is not deleted.
 */
export const ZDepartmentDelete = z.object({
  id: z.uuid({ error: "commitments.validation.idInvalid" }),
  version,
  unsetCommitments: z.boolean(),
});
export type TDepartmentDelete = z.infer<typeof ZDepartmentDelete>;
