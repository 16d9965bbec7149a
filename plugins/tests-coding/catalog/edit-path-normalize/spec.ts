import { joinPaths, normalizePath } from "./solution";

describe("normalizePath", () => {
  it("keeps leading .. in relative paths", () => {
    expect(normalizePath("../a/b")).toBe("../a/b");
    expect(normalizePath("a/../../b")).toBe("../b");
    expect(normalizePath("../../x/..")).toBe("../..");
  });
  it("stops .. at the root of absolute paths", () => {
    expect(normalizePath("/../a")).toBe("/a");
    expect(normalizePath("/a/b/../../..")).toBe("/");
  });
  it("gives . for an empty relative result", () => {
    expect(normalizePath("a/..")).toBe(".");
    expect(normalizePath("")).toBe(".");
    expect(normalizePath("./")).toBe(".");
  });
  it("drops dots, empty segments and trailing slashes", () => {
    expect(normalizePath("/a//./b/")).toBe("/a/b");
    expect(normalizePath("a/./b/../c")).toBe("a/c");
  });
});

describe("joinPaths", () => {
  it("joins and normalizes", () => {
    expect(joinPaths("a", "b/../c", "d")).toBe("a/c/d");
    expect(joinPaths("/root", "..", "x")).toBe("/x");
    expect(joinPaths("..", "a")).toBe("../a");
  });
  it("skips empty parts and gives . for none", () => {
    expect(joinPaths()).toBe(".");
    expect(joinPaths("", "")).toBe(".");
    expect(joinPaths("", "a")).toBe("a");
    expect(joinPaths("a", "/b")).toBe("a/b");
  });
});
