"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/actions/safe-action";
import { NotFoundError } from "@/lib/errors";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/notifications";
import { ZNoInput, ZNotificationRef } from "@/lib/notifications/schema";

/** Marks one of the signed-in user's notifications read (another user's id finds nothing: 404). */
export const markRead = cityAction(
  { name: "notifications.markRead", capability: "workspace.view", input: ZNotificationRef },
  async (ctx, { id }) => {
    if (!(await markNotificationRead(ctx.db, ctx.user.id, id))) throw new NotFoundError();
    // The unread count sits in the header of every workspace page.
    revalidatePath(`/${ctx.city.slug}/workspace`, "layout");
    return { id };
  },
);

export const markAllRead = cityAction(
  { name: "notifications.markAllRead", capability: "workspace.view", input: ZNoInput },
  async (ctx) => {
    const count = await markAllNotificationsRead(ctx.db, ctx.user.id);
    revalidatePath(`/${ctx.city.slug}/workspace`, "layout");
    return { count };
  },
);
