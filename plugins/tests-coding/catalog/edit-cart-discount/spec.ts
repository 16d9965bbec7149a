import { CouponError, cartTotal } from "./solution";

const lines = [
  { sku: "a", unitCents: 2500, quantity: 2 },
  { sku: "b", unitCents: 5000, quantity: 1 },
];

describe("cartTotal", () => {
  it("taxes the discounted price", () => {
    expect(cartTotal(lines, 0.2, { code: "TEN", percentOff: 10 })).toEqual({
      subtotal: 10000,
      discount: 1000,
      tax: 1800,
      total: 10800,
    });
  });
  it("works without a coupon", () => {
    expect(cartTotal(lines, 0.2)).toEqual({ subtotal: 10000, discount: 0, tax: 2000, total: 12000 });
  });
  it("rounds the discount and the tax to whole cents", () => {
    const result = cartTotal([{ sku: "x", unitCents: 999, quantity: 1 }], 0.075, {
      code: "Q",
      percentOff: 15,
    });
    expect(result).toEqual({ subtotal: 999, discount: 150, tax: 64, total: 913 });
  });
  it("throws CouponError for a percentage outside (0, 100]", () => {
    for (const percentOff of [0, -5, 101, Number.NaN]) {
      expect(() => cartTotal(lines, 0.2, { code: "BAD", percentOff })).toThrow(CouponError);
    }
    expect(cartTotal(lines, 0, { code: "ALL", percentOff: 100 }).total).toBe(0);
  });
});
