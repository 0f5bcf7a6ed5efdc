import { AppNotFoundView } from "@/components/not-found/app-not-found";

/** For a notFound() no page caught itself (components/not-found/with-not-found.tsx). */
export default function NotFound() {
  return <AppNotFoundView />;
}
