import { createOrder, TransitionError } from "./solution";

function transitionError(action: () => unknown): TransitionError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(TransitionError);
    return error as TransitionError;
  }
  throw new Error("expected a TransitionError");
}

describe("createOrder", () => {
  it("follows the happy path", () => {
    const order = createOrder(5000);
    order.pay();
    order.ship();
    order.deliver(3);
    expect(order.status).toBe("delivered");
    expect(order.history).toEqual(["pending", "paid", "shipped", "delivered"]);
  });
  it("refuses transitions that are not allowed, changing nothing", () => {
    const order = createOrder(5000);
    const error = transitionError(() => order.ship());
    expect(error.from).toBe("pending");
    expect(order.status).toBe("pending");
    order.pay();
    transitionError(() => order.pay());
    order.ship();
    transitionError(() => order.cancel());
    expect(order.refunded).toBe(0);
    expect(order.history).toEqual(["pending", "paid", "shipped"]);
  });
  it("refunds a cancelled order only when it was paid", () => {
    const unpaid = createOrder(700);
    expect(unpaid.cancel()).toBe(0);
    expect(unpaid.refunded).toBe(0);
    transitionError(() => unpaid.pay());
    const paid = createOrder(700);
    paid.pay();
    expect(paid.cancel()).toBe(700);
    expect(paid.refunded).toBe(700);
  });
  it("allows returns within 14 days of delivery", () => {
    const order = createOrder(900);
    order.pay();
    order.ship();
    order.deliver(10);
    transitionError(() => order.returnItems(25));
    expect(order.status).toBe("delivered");
    expect(order.returnItems(24)).toBe(900);
    expect(order.status).toBe("returned");
    transitionError(() => order.returnItems(24));
  });
  it("refuses returns of undelivered orders", () => {
    const order = createOrder(900);
    order.pay();
    transitionError(() => order.returnItems(1));
  });
  it("returns a copy of the history", () => {
    const order = createOrder(1);
    order.history.push("paid");
    expect(order.history).toEqual(["pending"]);
  });
  it("validates the total", () => {
    expect(() => createOrder(-1)).toThrow(RangeError);
    expect(() => createOrder(1.5)).toThrow(RangeError);
  });
});
