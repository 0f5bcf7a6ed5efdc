import "server-only";
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";

/**
 * A person's in-app notifications in one city (they live in the city's schema, so a notification
 * of city B can never be listed or marked in city A). Reading and marking touch only the
 * signed-in user's own rows: `userId` is always part of the WHERE.
 */
export type NotificationKind =
  | "reminder"
  | "digest"
  // The declaration's consultation (lib/features/declaration/consultation-notify.ts) and comments on
  // any document (lib/features/comments/notify.ts).
  | "consultation_opened"
  | "consultation_closing"
  | "comment_reply"
  | "comment_mention"
  | "comment_outcome";

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export const NOTIFICATION_LIST_LIMIT = 100;

export async function createNotification(
  db: CityDb | CityTx,
  n: { userId: string; kind: NotificationKind; title: string; body: string; link: string; at: Date },
): Promise<{ id: string }> {
  return db.notification.create({
    data: { userId: n.userId, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.at },
    select: { id: true },
  });
}

/** The newest first, at most NOTIFICATION_LIST_LIMIT. */
export async function listNotifications(db: CityDb, userId: string): Promise<NotificationView[]> {
  return db.notification.findMany({
    where: { userId },
    select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    orderBy: { createdAt: "desc" },
    take: NOTIFICATION_LIST_LIMIT,
  });
}

export async function countUnreadNotifications(db: CityDb, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/**
 * Marks one of the user's notifications read (already read: left as it was). False when the user
 * has no such notification: another user's id, or another city's, finds nothing.
 */
export async function markNotificationRead(db: CityDb, userId: string, id: string, at = new Date()): Promise<boolean> {
  const { count } = await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: at } });
  return count > 0 || (await db.notification.count({ where: { id, userId } })) > 0;
}

export async function markAllNotificationsRead(db: CityDb, userId: string, at = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: at } });
  return count;
}
