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
  if (coupon && (!Number.isFinite(coupon.percentOff) || coupon.percentOff <= 0 || coupon.percentOff > 100)) {
    throw new CouponError(
      `coupon ${coupon.code} has percentOff ${coupon.percentOff}; it must be above 0 and at most 100`,
    );
  }
  const net = subtotal(lines);
  const discountCents = coupon ? Math.round((net * coupon.percentOff) / 100) : 0;
  const taxCents = tax(net - discountCents, taxRate);
  return { subtotal: net, discount: discountCents, tax: taxCents, total: net - discountCents + taxCents };
}
