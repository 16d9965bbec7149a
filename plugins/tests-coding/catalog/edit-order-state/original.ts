// The life of a web shop order.
export type Status = "pending" | "paid" | "shipped" | "delivered" | "cancelled";

export class TransitionError extends Error {}

export function createOrder(total: number) {
  let status: Status = "pending";
  let refunded = 0;
  const history: Status[] = [status];
  function go(next: Status): void {
    status = next;
    history.push(next);
  }
  return {
    pay: () => go("paid"),
    ship: () => go("shipped"),
    deliver: () => go("delivered"),
    cancel(): number {
      go("cancelled");
      refunded = total;
      return refunded;
    },
    get status(): Status {
      return status;
    },
    get history(): Status[] {
      return history;
    },
    get refunded(): number {
      return refunded;
    },
  };
}
