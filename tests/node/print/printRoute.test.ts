// @vitest-environment jsdom
// Invariant: "#/doc/<id>/print" opens that document's print view and nothing
// else does: the plain document route, look-alike suffixes and room links open
// the editor, and a bad id still goes home.
import { describe, expect, it } from "vitest";
import { newId } from "../../../src/domain/ids";
import { parseRoute } from "../../../src/store/router";

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

  it("sends a bad id home, print or not", () => {
    expect(parseRoute("#/doc/<script>/print")).toEqual({ screen: "home" });
    expect(parseRoute("#/doc//print")).toEqual({ screen: "home" });
  });
});
