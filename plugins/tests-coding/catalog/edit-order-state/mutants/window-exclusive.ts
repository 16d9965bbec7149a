// The life of a web shop order.
export type Status = "pending" | "paid" | "shipped" | "delivered" | "cancelled" | "returned";

export class TransitionError extends Error {
  constructor(
    readonly from: Status,
    readonly action: string,
  ) {
    super(`cannot ${action} an order that is ${from}`);
    this.name = "TransitionError";
  }
}

const ALLOWED: Record<string, Status[]> = {
  pay: ["pending"],
  ship: ["paid"],
  deliver: ["shipped"],
  cancel: ["pending", "paid"],
  return: ["delivered"],
};

export function createOrder(total: number) {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`total must be a non-negative integer of cents, got ${total}`);
  let status: Status = "pending";
  let refunded = 0;
  let deliveredAt: number | undefined;
  const history: Status[] = [status];
  function go(action: string, next: Status): void {
    if (!ALLOWED[action]!.includes(status)) throw new TransitionError(status, action);
    status = next;
    history.push(next);
  }
  return {
    pay: () => go("pay", "paid"),
    ship: () => go("ship", "shipped"),
    deliver(day: number): void {
      go("deliver", "delivered");
      deliveredAt = day;
    },
    cancel(): number {
      const wasPaid = status === "paid";
      go("cancel", "cancelled");
      refunded = wasPaid ? total : 0;
      return refunded;
    },
    returnItems(day: number): number {
      if (status === "delivered" && deliveredAt !== undefined && day - deliveredAt >= 14) {
        throw new TransitionError(status, "return (more than 14 days after delivery)");
      }
      go("return", "returned");
      refunded = total;
      return refunded;
    },
    get status(): Status {
      return status;
    },
    get history(): Status[] {
      return [...history];
    },
    get refunded(): number {
      return refunded;
    },
  };
}
