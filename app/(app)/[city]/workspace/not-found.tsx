import { WorkspaceNotFoundView } from "./_components/not-found-view";

/** For a notFound() no page caught itself (components/not-found/with-not-found.tsx). */
export default function WorkspaceNotFound() {
  return <WorkspaceNotFoundView />;
}
