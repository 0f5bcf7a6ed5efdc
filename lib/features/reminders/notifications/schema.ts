import { z } from "zod";

export const ZNotificationRef = z.object({ id: z.uuid() });
export const ZNoInput = z.object({}).optional();
