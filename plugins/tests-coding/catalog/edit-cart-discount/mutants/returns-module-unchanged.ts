// Cart totals for checkout. Prices are integer cents.
export class CouponError extends Error {}

export interface Line {
  sku: string;
  unitCents: number;
  quantity: number;
}

export interface Coupon {
  code: string;
  percentOff: number;
}

function subtotal(lines: readonly Line[]): number {
  return lines.reduce((sum, line) => sum + line.unitCents * line.quantity, 0);
}

function tax(cents: number, rate: number): number {
  return cents * rate;
}

export function cartTotal(lines: readonly Line[], taxRate: number, coupon?: Coupon) {
  const net = subtotal(lines);
  const taxCents = tax(net, taxRate);
  const discountCents = coupon ? (net * coupon.percentOff) / 100 : 0;
  return { subtotal: net, discount: discountCents, tax: taxCents, total: net + taxCents - discountCents };
}
