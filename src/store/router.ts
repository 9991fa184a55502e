// Hash routes: "#/" is the library, "#/doc/<id>" one document (with
// "/print" after it, its print view), and
// "#room=<id>,<secret>" the same document in a live session. The fragment is
// never sent to a server, and back and forward work.
import { create } from "zustand";
import { isValidId } from "../domain/ids";
import { parseRoomFragment, type RoomLink } from "../domain/roomLink";

export type Route =
  | { screen: "home" }
  | { screen: "doc"; id: string; room: RoomLink | null; print: boolean }
  | { screen: "damaged-link" };

export function parseRoute(hash: string): Route {
  const room = parseRoomFragment(hash);
  if (room.ok) return { screen: "doc", id: room.link.roomId, room: room.link, print: false };
  if (room.reason === "damaged") return { screen: "damaged-link" };
  const match = /^#\/doc\/([A-Za-z0-9_-]{1,64})(\/print)?(?:$|[?&/])/.exec(hash);
  const id = match?.[1];
  return id && isValidId(id)
    ? { screen: "doc", id, room: null, print: match?.[2] !== undefined }
    : { screen: "home" };
}

export const useRoute = create<Route>(() => parseRoute(location.hash));

window.addEventListener("hashchange", () => useRoute.setState(parseRoute(location.hash), true));

export function goHome(): void {
  location.hash = "#/";
}

export function openDocumentRoute(id: string): void {
  location.hash = `#/doc/${encodeURIComponent(id)}`;
}

export function openPrintRoute(id: string): void {
  location.hash = `#/doc/${encodeURIComponent(id)}/print`;
}
