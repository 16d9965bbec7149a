import { buildUrl } from "./solution";

describe("buildUrl", () => {
  it("encodes path segments", () => {
    expect(buildUrl("https://x.dev/api", ["files", "a b/c.txt"])).toBe(
      "https://x.dev/api/files/a%20b%2Fc.txt",
    );
  });
  it("encodes query keys and values and skips undefined", () => {
    expect(buildUrl("https://x.dev", ["s"], { q: "rock & roll", "a b": 1, on: true, off: undefined })).toBe(
      "https://x.dev/s?q=rock%20%26%20roll&a%20b=1&on=true",
    );
  });
  it("removes trailing slashes of the base", () => {
    expect(buildUrl("https://x.dev/api//", ["v1"])).toBe("https://x.dev/api/v1");
    expect(buildUrl("https://x.dev/", [])).toBe("https://x.dev");
  });
});
