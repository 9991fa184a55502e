// Hash routes: "#/" is the library, "#/doc/<id>" one document. Using the
// fragment keeps everything on this device and makes back and forward work.
import { create } from "zustand";
import { isValidId } from "../domain/ids";

export type Route = { screen: "home" } | { screen: "doc"; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/doc\/([A-Za-z0-9_-]{1,64})(?:$|[?&/])/.exec(hash);
  const id = match?.[1];
  return id && isValidId(id) ? { screen: "doc", id } : { screen: "home" };
}

export const useRoute = create<Route>(() => parseRoute(location.hash));

window.addEventListener("hashchange", () => useRoute.setState(parseRoute(location.hash), true));

export function goHome(): void {
  location.hash = "#/";
}

export function openDocumentRoute(id: string): void {
  location.hash = `#/doc/${encodeURIComponent(id)}`;
}
