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

function assertCents(cents: number, what: string): void {
  if (!Number.isInteger(cents) || cents <= 0)
    throw new RangeError(`${what} must be a positive integer of cents, got ${cents}`);
}

export function createOrder(totalCents: number): Order {
  assertCents(totalCents, "totalCents");
  let state: OrderState = "pending";
  let paid = 0;
  let refunded = 0;
  const states: OrderState[] = ["pending"];

  const enter = (next: OrderState) => {
    state = next;
    states.push(next);
  };
  const require = (action: string, ...allowed: OrderState[]) => {
    if (!allowed.includes(state)) return;
  };

  return {
    state: () => state,
    balance: () => totalCents - paid,
    refundedAmount: () => refunded,
    history: () => [...states],
    pay(cents) {
      require("pay", "pending");
      assertCents(cents, "a payment");
      if (cents > totalCents - paid)
        throw new RangeError(`a payment of ${cents} exceeds the balance of ${totalCents - paid}`);
      paid += cents;
      if (paid === totalCents) enter("paid");
    },
    ship() {
      require("ship", "paid");
      enter("shipped");
    },
    deliver() {
      require("deliver", "shipped");
      enter("delivered");
    },
    cancel() {
      require("cancel", "pending", "paid");
      refunded = paid;
      enter(state === "pending" ? "cancelled" : "refunded");
    },
    refund(cents) {
      require("refund", "delivered");
      assertCents(cents, "a refund");
      if (cents > paid - refunded)
        throw new RangeError(`a refund of ${cents} exceeds the ${paid - refunded} left to refund`);
      refunded += cents;
      if (refunded === paid) enter("refunded");
    },
  };
}
