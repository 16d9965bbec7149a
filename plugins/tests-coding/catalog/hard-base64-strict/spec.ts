import { decodeBase64, encodeBase64 } from "./solution";

const text = (value: string) => new TextEncoder().encode(value);
const bytes = (...values: number[]) => new Uint8Array(values);
const asArray = (value: Uint8Array) => Array.from(value);

const RFC: [string, string][] = [
  ["", ""],
  ["f", "Zg=="],
  ["fo", "Zm8="],
  ["foo", "Zm9v"],
  ["foob", "Zm9vYg=="],
  ["fooba", "Zm9vYmE="],
  ["foobar", "Zm9vYmFy"],
];

describe("encodeBase64", () => {
  it("encodes the RFC 4648 test vectors with padding", () => {
    for (const [plain, coded] of RFC) expect(encodeBase64(text(plain))).toBe(coded);
  });

  it("uses the URL-safe alphabet without padding in url mode, and honours pad", () => {
    expect(encodeBase64(bytes(251, 255))).toBe("+/8=");
    expect(encodeBase64(bytes(251, 255), { url: true })).toBe("-_8");
    expect(encodeBase64(bytes(251, 255), { url: true, pad: true })).toBe("-_8=");
    expect(encodeBase64(text("f"), { pad: false })).toBe("Zg");
  });

  it("encodes every byte value", () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const coded = encodeBase64(all);
    expect(coded.length).toBe(344);
    expect(coded.startsWith("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g")).toBe(true);
    expect(coded.endsWith("8/T19vf4+fr7/P3+/w==")).toBe(true);
  });
});

describe("decodeBase64", () => {
  it("decodes the RFC 4648 test vectors, padded or not", () => {
    for (const [plain, coded] of RFC) {
      expect(asArray(decodeBase64(coded))).toEqual(asArray(text(plain)));
      expect(asArray(decodeBase64(coded.replace(/=+$/, "")))).toEqual(asArray(text(plain)));
    }
  });

  it("round-trips every byte value in both alphabets", () => {
    const all = new Uint8Array(256).map((_, i) => 255 - i);
    expect(asArray(decodeBase64(encodeBase64(all)))).toEqual(asArray(all));
    expect(asArray(decodeBase64(encodeBase64(all, { url: true }), { url: true }))).toEqual(asArray(all));
  });

  it("throws a SyntaxError for wrong or misplaced padding", () => {
    for (const bad of ["Zg=", "Zm8==", "Z===", "====", "Zg==Zg==", "Zm9v=", "Zg==" + "="]) {
      expect(() => decodeBase64(bad)).toThrow(SyntaxError);
    }
  });

  it("throws a SyntaxError for characters outside the alphabet", () => {
    for (const bad of ["Zm9v!", "Zm 9v", "Zm9v\n", "-_8"])
      expect(() => decodeBase64(bad)).toThrow(SyntaxError);
    expect(() => decodeBase64("+/8", { url: true })).toThrow(SyntaxError);
    expect(asArray(decodeBase64("-_8", { url: true }))).toEqual([251, 255]);
  });

  it("throws a SyntaxError for a length that leaves one character over", () => {
    for (const bad of ["Z", "A", "Zm9vY", "Zm9vA"]) expect(() => decodeBase64(bad)).toThrow(SyntaxError);
  });

  it("throws a SyntaxError for non-zero bits after the last byte", () => {
    for (const bad of ["Zh==", "Zh", "Zm9", "Zm9=", "Zm9vYh"])
      expect(() => decodeBase64(bad)).toThrow(SyntaxError);
  });
});
