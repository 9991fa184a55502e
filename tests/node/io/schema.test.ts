import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { serializeToc } from "../../../src/io/tocJson/format";
import { APP_VERSION, modelOf, NOW, sampleModel } from "./helpers";

const schemaPath = fileURLToPath(
  new URL("../../../public/schema/toc-studio-v1.schema.json", import.meta.url),
);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));

function validator() {
  // "date-time" is an annotation here (ajv-formats is not installed); a pattern checks it.
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { "date-time": true } });
  return ajv.compile(schema);
}

describe("published JSON Schema", () => {
  it("is draft 2020-12 with a relative $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("toc-studio-v1.schema.json");
  });

  it("accepts an exported file", () => {
    const validate = validator();
    const file = JSON.parse(serializeToc(sampleModel(), NOW, APP_VERSION));
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts an exported empty document in the logic framing", () => {
    const validate = validator();
    const model = modelOf({ framing: "logic", elements: [] });
    const file = JSON.parse(serializeToc(model, NOW, APP_VERSION));
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects broken files", () => {
    const validate = validator();
    const good = () => JSON.parse(serializeToc(sampleModel(), NOW, APP_VERSION));
    const broken: Array<[string, (f: ReturnType<typeof good>) => void]> = [
      [
        "wrong type",
        (f) => {
          f.type = "something-else";
        },
      ],
      [
        "future version",
        (f) => {
          f.version = 2;
        },
      ],
      [
        "missing document",
        (f) => {
          delete f.document;
        },
      ],
      [
        "extra top-level field",
        (f) => {
          f.extra = true;
        },
      ],
      [
        "string position",
        (f) => {
          f.document.elements[0].position.x = "12";
        },
      ],
      [
        "null position",
        (f) => {
          f.document.elements[0].position.y = null;
        },
      ],
      [
        "huge position",
        (f) => {
          f.document.elements[0].position.x = 1e308;
        },
      ],
      [
        "unknown kind",
        (f) => {
          f.document.elements[0].kind = "goal";
        },
      ],
      [
        "stage that does not fit the kind",
        (f) => {
          const impact = f.document.elements.find((e: { kind: string }) => e.kind === "impact");
          impact.stage = "inputs";
        },
      ],
      [
        "bad element id",
        (f) => {
          f.document.elements[0].id = "has space";
        },
      ],
      [
        "missing link rationale",
        (f) => {
          delete f.document.links[0].rationale;
        },
      ],
      [
        "framing not known",
        (f) => {
          f.document.framing = "sideways";
        },
      ],
      [
        "exportedAt not a date",
        (f) => {
          f.exportedAt = "yesterday";
        },
      ],
    ];
    for (const [name, breakIt] of broken) {
      const file = good();
      breakIt(file);
      expect(validate(file), name).toBe(false);
    }
  });
});
