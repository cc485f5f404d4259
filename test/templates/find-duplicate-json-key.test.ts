import { describe, expect, it } from "vitest";
import { hasDuplicateJsonKey } from "../../src/templates/find-duplicate-json-key.ts";

describe("hasDuplicateJsonKey", () => {
  it("finds a key given twice in one object, at any depth", () => {
    expect(hasDuplicateJsonKey('{"a": 1, "a": 2}')).toBe(true);
    expect(hasDuplicateJsonKey('{"s": [{"id": "x", "b": {"c": 1, "c": 1}}]}')).toBe(true);
  });

  it("compares keys as decoded, as the YAML parser does", () => {
    expect(hasDuplicateJsonKey('{"title": 1, "\\u0074itle": 2}')).toBe(true);
  });

  it("allows the same key in different objects, and keys' names as values", () => {
    expect(hasDuplicateJsonKey('{"fields": [{"id": "a"}, {"id": "b"}], "id": "id"}')).toBe(false);
    expect(hasDuplicateJsonKey('{"a": {"b": 1}, "b": {"a": 1}}')).toBe(false);
    expect(hasDuplicateJsonKey('["a", "a", {"a": "a"}]')).toBe(false);
  });

  it("is not misled by quotes, brackets and commas inside strings", () => {
    expect(hasDuplicateJsonKey('{"a": "x\\", \\"a\\": {", "b": "}, {\\"b"}')).toBe(false);
    expect(hasDuplicateJsonKey('{"a\\\\": 1, "a": 2}')).toBe(false);
  });
});
