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

const PRINT_SUFFIX = "/print";
const DOC_ROUTE = /^#\/doc\/([A-Za-z0-9_-]{1,64})(?:$|[?&/])/;

/** The hash without a trailing "/print", and whether it had one. */
function splitPrint(hash: string): { rest: string; print: boolean } {
  const print = hash.endsWith(PRINT_SUFFIX);
  return { rest: print ? hash.slice(0, -PRINT_SUFFIX.length) : hash, print };
}

export function parseRoute(hash: string): Route {
  // "/print" may follow a document or a room link: printing in a live session
  // keeps the session (the room link before it is unchanged).
  const { rest, print } = splitPrint(hash);
  const room = parseRoomFragment(rest);
  if (room.ok) return { screen: "doc", id: room.link.roomId, room: room.link, print };
  if (room.reason === "damaged") return { screen: "damaged-link" };
  const match = DOC_ROUTE.exec(rest);
  const id = match?.[1];
  if (!match || !id || !isValidId(id)) return { screen: "home" };
  // Only a bare document route prints: "#/doc/<id>/other/print" is not a print view.
  return { screen: "doc", id, room: null, print: print && match[0] === rest };
}

export const useRoute = create<Route>(() => parseRoute(location.hash));

window.addEventListener("hashchange", () => useRoute.setState(parseRoute(location.hash), true));

export function goHome(): void {
  location.hash = "#/";
}

export function openDocumentRoute(id: string): void {
  location.hash = `#/doc/${encodeURIComponent(id)}`;
}

/** The open document's print view, in or out of a live session. */
export function openPrintView(): void {
  const { print } = splitPrint(location.hash);
  if (!print) location.hash = `${location.hash}${PRINT_SUFFIX}`;
}

export function closePrintView(): void {
  const { rest, print } = splitPrint(location.hash);
  if (print) location.hash = rest;
}
