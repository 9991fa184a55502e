// Routes between the library and an open document, and hosts what every
// screen shares: messages, file drop, the app-update prompt.
import { useRoute } from "../store/router";
import { NoticeBar } from "../ui/common/NoticeBar";
import { EditorScreen } from "../ui/editor/EditorScreen";
import { HomeScreen } from "../ui/home/HomeScreen";
import { useDropImport } from "../ui/import/useDropImport";
import { DamagedLink } from "../ui/live/DamagedLink";
import { UpdatePrompt } from "./UpdatePrompt";

export function App() {
  const route = useRoute();
  const dragging = useDropImport();
  return (
    <>
      {route.screen === "doc" ? (
        <EditorScreen key={route.id} id={route.id} room={route.room} print={route.print} />
      ) : route.screen === "damaged-link" ? (
        <DamagedLink />
      ) : (
        <HomeScreen />
      )}
      <NoticeBar />
      <UpdatePrompt />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a .toc.json file to open it as a new document
        </div>
      )}
    </>
  );
}
