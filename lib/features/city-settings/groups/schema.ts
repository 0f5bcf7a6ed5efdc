import { z } from "zod";

/** A city's own rights-holder group, in Dutch and English. Messages are keys of lib/features/commitments/messages.ts. */

const name = (tooShort: string) => z.string().trim().min(2, { error: tooShort }).max(120, { error: "commitments.groups.validation.nameTooLong" });
const version = z.number({ error: "commitments.validation.versionInvalid" }).int().min(1, { error: "commitments.validation.versionInvalid" });

const names = {
  nameEn: name("commitments.groups.validation.nameEnRequired"),
  nameNl: name("commitments.groups.validation.nameNlRequired"),
};

export const ZGroupCreate = z.object(names);
export type TGroupCreate = z.infer<typeof ZGroupCreate>;

export const ZGroupUpdate = z.object({ id: z.uuid({ error: "commitments.validation.idInvalid" }), version, ...names });
export type TGroupUpdate = z.infer<typeof ZGroupUpdate>;

export const ZGroupDelete = z.object({ id: z.uuid({ error: "commitments.validation.idInvalid" }), version });
export type TGroupDelete = z.infer<typeof ZGroupDelete>;
