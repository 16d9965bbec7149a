import { createInventory, StockError } from "./solution";

function stocked() {
  const inv = createInventory();
  inv.receive("bolt", 10);
  return inv;
}

describe("createInventory", () => {
  it("refuses to release more than is reserved", () => {
    const inv = stocked();
    inv.reserve("bolt", 3);
    inv.release("bolt", 3);
    expect(() => inv.release("bolt", 3)).toThrow(StockError);
    expect(inv.available("bolt")).toBe(10);
    expect(inv.reservedOf("bolt")).toBe(0);
  });
  it("commits from the reservation and the shelf", () => {
    const inv = stocked();
    inv.reserve("bolt", 4);
    inv.commit("bolt", 4);
    expect(inv.available("bolt")).toBe(6);
    expect(inv.reservedOf("bolt")).toBe(0);
    expect(() => inv.commit("bolt", 1)).toThrow(StockError);
    expect(inv.available("bolt")).toBe(6);
  });
  it("refuses reservations beyond what is available", () => {
    const inv = stocked();
    inv.reserve("bolt", 8);
    expect(() => inv.reserve("bolt", 3)).toThrow(StockError);
    expect(inv.available("bolt")).toBe(2);
  });
  it("validates quantities", () => {
    const inv = stocked();
    for (const bad of [0, -1, 1.5]) {
      expect(() => inv.receive("bolt", bad)).toThrow(RangeError);
      expect(() => inv.reserve("bolt", bad)).toThrow(RangeError);
      expect(() => inv.release("bolt", bad)).toThrow(RangeError);
    }
    expect(inv.available("bolt")).toBe(10);
  });
  it("works with methods taken off the object", () => {
    const { reserve, available, reservedOf } = stocked();
    reserve("bolt", 2);
    expect(available("bolt")).toBe(8);
    expect(reservedOf("nut")).toBe(0);
  });
});
