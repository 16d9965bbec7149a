export type OrderState = "pending" | "paid" | "shipped" | "delivered" | "cancelled" | "refunded";

export interface Order {
  state(): OrderState;
  balance(): number;
  refundedAmount(): number;
  history(): OrderState[];
  pay(cents: number): void;
  ship(): void;
  deliver(): void;
  cancel(): void;
  refund(cents: number): void;
}

export declare function createOrder(totalCents: number): Order;
