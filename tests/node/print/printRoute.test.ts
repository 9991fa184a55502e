// @vitest-environment jsdom
// Invariant: "/print" after a document route or a room link opens that
// document's print view (a live session keeps its room link) and nothing else
// does: look-alike suffixes do not, and a bad id still goes home.
import { describe, expect, it } from "vitest";
import { newId } from "../../../src/domain/ids";
import { formatRoomFragment, newRoomSecret } from "../../../src/domain/roomLink";
import { closePrintView, openPrintView, parseRoute } from "../../../src/store/router";

describe("the print route", () => {
  const id = newId();

  it("opens the print view only on /print", () => {
    expect(parseRoute(`#/doc/${id}/print`)).toEqual({ screen: "doc", id, room: null, print: true });
    expect(parseRoute(`#/doc/${id}`)).toEqual({ screen: "doc", id, room: null, print: false });
    expect(parseRoute(`#/doc/${id}/printer`)).toEqual({
      screen: "doc",
      id,
      room: null,
      print: false,
    });
    expect(parseRoute(`#/doc/${id}/other/print`)).toMatchObject({ print: false });
  });

  it("prints from a live session without leaving it", () => {
    const link = { roomId: id, secret: newRoomSecret() };
    const room = formatRoomFragment(link);
    expect(parseRoute(`${room}/print`)).toEqual({ screen: "doc", id, room: link, print: true });
    expect(parseRoute(room)).toEqual({ screen: "doc", id, room: link, print: false });
    expect(parseRoute(`${room}/printer`)).toEqual({ screen: "damaged-link" });
  });

  it("sends a bad id home, print or not", () => {
    expect(parseRoute("#/doc/<script>/print")).toEqual({ screen: "home" });
    expect(parseRoute("#/doc//print")).toEqual({ screen: "home" });
  });
});

describe("opening and closing the print view", () => {
  const id = newId();

  it("adds /print to a document route and takes it off again", () => {
    location.hash = `#/doc/${id}`;
    openPrintView();
    expect(location.hash).toBe(`#/doc/${id}/print`);
    expect(parseRoute(location.hash)).toEqual({ screen: "doc", id, room: null, print: true });
    openPrintView();
    expect(location.hash).toBe(`#/doc/${id}/print`);
    closePrintView();
    expect(location.hash).toBe(`#/doc/${id}`);
    expect(parseRoute(location.hash)).toEqual({ screen: "doc", id, room: null, print: false });
    closePrintView();
    expect(location.hash).toBe(`#/doc/${id}`);
  });

  it("keeps a live session's room link through the round trip", () => {
    const link = { roomId: id, secret: newRoomSecret() };
    const room = formatRoomFragment(link);
    location.hash = room;
    openPrintView();
    expect(location.hash).toBe(`${room}/print`);
    expect(parseRoute(location.hash)).toEqual({ screen: "doc", id, room: link, print: true });
    closePrintView();
    expect(location.hash).toBe(room);
    expect(parseRoute(location.hash)).toEqual({ screen: "doc", id, room: link, print: false });
  });
});
