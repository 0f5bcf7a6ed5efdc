/** The workspace page of a commitment: framework elements by key, the city's own commitments by id. */
export function commitmentPath(citySlug: string, c: { id: string; elementKey: string | null }): string {
  return c.elementKey ? `/${citySlug}/workspace/framework/${c.elementKey}` : `/${citySlug}/workspace/commitments/${c.id}`;
}

export function notificationsPath(citySlug: string, anchor?: string): string {
  return `/${citySlug}/workspace/notifications${anchor ? `#${anchor}` : ""}`;
}
