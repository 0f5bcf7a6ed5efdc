"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { NotFoundError } from "@/lib/kernel/errors";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/features/reminders/notifications/notifications";
import { ZNoInput, ZNotificationRef } from "@/lib/features/reminders/notifications/schema";

/** Marks one of the signed-in user's notifications read (another user's id finds nothing: 404). */
export const markReadAction = cityAction({ name: "notifications.markRead", capability: "workspace.view", input: ZNotificationRef }, async (ctx, { id }) => {
  if (!(await markNotificationRead(ctx.db, ctx.user.id, id))) throw new NotFoundError();
  // The unread count sits in the header of every workspace page.
  revalidatePath(`/${ctx.city.slug}/workspace`, "layout");
  return { id };
});

export const markAllReadAction = cityAction({ name: "notifications.markAllRead", capability: "workspace.view", input: ZNoInput }, async (ctx) => {
  const count = await markAllNotificationsRead(ctx.db, ctx.user.id);
  revalidatePath(`/${ctx.city.slug}/workspace`, "layout");
  return { count };
});
