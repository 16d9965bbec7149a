import { splitWords, toCamelCase, toSnakeCase } from "./solution";

describe("splitWords", () => {
  it("splits camel case, acronyms and digits", () => {
    expect(splitWords("parseHTTPResponse")).toEqual(["parse", "http", "response"]);
    expect(splitWords("XMLHttpRequest")).toEqual(["xml", "http", "request"]);
    expect(splitWords("parseHTTP")).toEqual(["parse", "http"]);
    expect(splitWords("base64Url")).toEqual(["base", "64", "url"]);
    expect(splitWords("UserId")).toEqual(["user", "id"]);
  });
  it("drops separators", () => {
    expect(splitWords("__a--b  c")).toEqual(["a", "b", "c"]);
    expect(splitWords("___")).toEqual([]);
  });
});

describe("toSnakeCase and toCamelCase", () => {
  it("converts to snake case without stray underscores", () => {
    expect(toSnakeCase("parseHTTPResponse")).toBe("parse_http_response");
    expect(toSnakeCase("UserId")).toBe("user_id");
    expect(toSnakeCase("already_snake")).toBe("already_snake");
    expect(toSnakeCase("_private__name_")).toBe("private_name");
  });
  it("converts to camel case", () => {
    expect(toCamelCase("parse_http_response")).toBe("parseHttpResponse");
    expect(toCamelCase("User-ID")).toBe("userId");
    expect(toCamelCase("base64_url")).toBe("base64Url");
    expect(toCamelCase("")).toBe("");
  });
});
