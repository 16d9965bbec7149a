import { createVendingMachine, VendingError } from "./solution";

describe("createVendingMachine", () => {
  it("gives change with the fewest coins when greedy fails", () => {
    const vm = createVendingMachine({ gum: 20 }, { 25: 1, 10: 3, 1: 0 });
    vm.insert(25);
    vm.insert(25);
    expect(vm.choose("gum")).toEqual({ product: "gum", change: [10, 10, 10] });
    expect(vm.credit).toBe(0);
  });
  it("respects how many coins of each value are in stock", () => {
    const vm = createVendingMachine({ tea: 5 }, { 25: 0, 10: 1, 5: 4 });
    vm.insert(25);
    expect(vm.choose("tea").change).toEqual([10, 5, 5]);
  });
  it("gives highest coins first when several are needed", () => {
    const vm = createVendingMachine({ tea: 15 }, { 25: 0, 10: 5, 5: 5, 1: 5 });
    vm.insert(25);
    vm.insert(10);
    expect(vm.choose("tea").change).toEqual([10, 10]);
  });
  it("refuses a sale it cannot give change for and changes nothing", () => {
    const vm = createVendingMachine({ gum: 20 }, { 25: 0, 10: 0, 1: 0 });
    vm.insert(25);
    expect(() => vm.choose("gum")).toThrow(VendingError);
    expect(vm.credit).toBe(25);
    expect(vm.cancel()).toEqual([25]);
  });
  it("cancel refunds the inserted coins once", () => {
    const vm = createVendingMachine({ gum: 20 }, { 25: 0, 10: 4, 5: 0 });
    vm.insert(10);
    vm.insert(5);
    vm.insert(10);
    expect(vm.cancel()).toEqual([10, 10, 5]);
    expect(vm.credit).toBe(0);
    expect(vm.cancel()).toEqual([]);
  });
  it("a refunded coin is no longer in stock", () => {
    const vm = createVendingMachine({ gum: 5 }, { 10: 0, 5: 0 });
    vm.insert(5);
    vm.cancel();
    vm.insert(10);
    expect(() => vm.choose("gum")).toThrow(VendingError);
  });
  it("uses coins inserted in the same transaction for change", () => {
    const vm = createVendingMachine({ gum: 10 }, { 10: 0, 5: 0 });
    vm.insert(5);
    vm.insert(5);
    vm.insert(5);
    expect(vm.choose("gum").change).toEqual([5]);
  });
  it("throws VendingError for unknown products, low credit and foreign coins", () => {
    const vm = createVendingMachine({ gum: 20 }, { 10: 5 });
    expect(() => vm.insert(3)).toThrow(VendingError);
    vm.insert(10);
    expect(() => vm.choose("gum")).toThrow(VendingError);
    expect(() => vm.choose("toString")).toThrow(VendingError);
    expect(vm.credit).toBe(10);
  });
});
