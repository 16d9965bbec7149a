export declare class CouponError extends Error {}
export interface Line {
  sku: string;
  unitCents: number;
  quantity: number;
}
export interface Coupon {
  code: string;
  percentOff: number;
}
export declare function cartTotal(
  lines: readonly Line[],
  taxRate: number,
  coupon?: Coupon,
): {
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
};
