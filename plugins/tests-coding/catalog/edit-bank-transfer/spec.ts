import { createBank, InsufficientFundsError, UnknownAccountError } from "./solution";

function bank() {
  const b = createBank();
  b.open("alice", 1000);
  b.open("bob", 200);
  return b;
}

describe("createBank", () => {
  it("transfers between accounts", () => {
    const b = bank();
    b.transfer("alice", "bob", 300);
    expect(b.balance("alice")).toBe(700);
    expect(b.balance("bob")).toBe(500);
  });
  it("changes nothing when the destination does not exist", () => {
    const b = bank();
    expect(() => b.transfer("alice", "nobody", 500)).toThrow(UnknownAccountError);
    expect(b.balance("alice")).toBe(1000);
    expect(b.total()).toBe(1200);
  });
  it("changes nothing when the source does not exist or has too little", () => {
    const b = bank();
    expect(() => b.transfer("nobody", "bob", 5)).toThrow(UnknownAccountError);
    expect(() => b.transfer("bob", "alice", 201)).toThrow(InsufficientFundsError);
    expect(b.balance("bob")).toBe(200);
    expect(b.balance("alice")).toBe(1000);
  });
  it("a transfer to the same account changes nothing", () => {
    const b = bank();
    b.transfer("bob", "bob", 150);
    b.transfer("bob", "bob", 5000);
    expect(b.balance("bob")).toBe(200);
    expect(() => b.transfer("nobody", "nobody", 1)).toThrow(UnknownAccountError);
  });
  it("rejects amounts that are not positive integers", () => {
    const b = bank();
    expect(() => b.transfer("alice", "bob", 0)).toThrow(RangeError);
    expect(() => b.transfer("alice", "bob", -5)).toThrow(RangeError);
    expect(() => b.deposit("alice", 1.5)).toThrow(RangeError);
    expect(() => b.withdraw("alice", -1)).toThrow(RangeError);
    expect(b.total()).toBe(1200);
  });
  it("refuses to reopen an account or open with a bad balance", () => {
    const b = bank();
    expect(() => b.open("alice", 0)).toThrow(Error);
    expect(b.balance("alice")).toBe(1000);
    expect(() => b.open("carol", -1)).toThrow(RangeError);
    expect(() => b.open("dave", 0.5)).toThrow(RangeError);
  });
});
