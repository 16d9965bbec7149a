import { createOrder } from "./solution";

function deliveredOrder(total = 1000) {
  const order = createOrder(total);
  order.pay(total);
  order.ship();
  order.deliver();
  return order;
}

describe("createOrder", () => {
  it("starts pending with the whole total to pay", () => {
    const order = createOrder(1000);
    expect(order.state()).toBe("pending");
    expect(order.balance()).toBe(1000);
    expect(order.refundedAmount()).toBe(0);
    expect(order.history()).toEqual(["pending"]);
  });

  it("adds up partial payments and becomes paid once, when the balance reaches 0", () => {
    const order = createOrder(1000);
    order.pay(300);
    expect(order.state()).toBe("pending");
    expect(order.balance()).toBe(700);
    order.pay(699);
    expect(order.state()).toBe("pending");
    order.pay(1);
    expect(order.state()).toBe("paid");
    expect(order.balance()).toBe(0);
    expect(order.history()).toEqual(["pending", "paid"]);
  });

  it("ships and delivers a paid order", () => {
    const order = deliveredOrder();
    expect(order.state()).toBe("delivered");
    expect(order.history()).toEqual(["pending", "paid", "shipped", "delivered"]);
  });

  it("throws an Error naming the state for an action it does not allow, and changes nothing", () => {
    const pending = createOrder(500);
    expect(() => pending.ship()).toThrow(/pending/);
    expect(() => pending.refund(1)).toThrow(/pending/);
    pending.pay(500);
    expect(() => pending.deliver()).toThrow(/paid/);
    expect(() => pending.pay(1)).toThrow(/paid/);
    pending.ship();
    expect(() => pending.cancel()).toThrow(/shipped/);
    expect(() => pending.pay(-1)).toThrow(/shipped/);
    expect(pending.state()).toBe("shipped");
    expect(pending.history()).toEqual(["pending", "paid", "shipped"]);
  });

  it("cancels a pending order, refunding what was paid so far", () => {
    const order = createOrder(1000);
    order.pay(250);
    order.cancel();
    expect(order.state()).toBe("cancelled");
    expect(order.refundedAmount()).toBe(250);
    expect(order.history()).toEqual(["pending", "cancelled"]);
  });

  it("cancels a paid order into refunded, refunding everything", () => {
    const order = createOrder(1000);
    order.pay(1000);
    order.cancel();
    expect(order.state()).toBe("refunded");
    expect(order.refundedAmount()).toBe(1000);
    expect(order.balance()).toBe(0);
  });

  it("takes partial refunds of a delivered order until everything is refunded", () => {
    const order = deliveredOrder(1000);
    order.refund(400);
    expect(order.state()).toBe("delivered");
    expect(order.refundedAmount()).toBe(400);
    order.refund(600);
    expect(order.state()).toBe("refunded");
    expect(order.history()).toEqual(["pending", "paid", "shipped", "delivered", "refunded"]);
  });

  it("allows no action in a final state", () => {
    const cancelled = createOrder(10);
    cancelled.cancel();
    for (const action of [
      () => cancelled.pay(10),
      () => cancelled.ship(),
      () => cancelled.cancel(),
      () => cancelled.refund(1),
    ]) {
      expect(action).toThrow(/cancelled/);
    }
    const refunded = deliveredOrder(10);
    refunded.refund(10);
    expect(() => refunded.refund(1)).toThrow(/refunded/);
    expect(() => refunded.cancel()).toThrow(/refunded/);
  });

  it("throws a RangeError for a payment above the balance or a refund above what is left, changing nothing", () => {
    const order = createOrder(1000);
    order.pay(900);
    expect(() => order.pay(101)).toThrow(RangeError);
    expect(order.balance()).toBe(100);
    order.pay(100);
    order.ship();
    order.deliver();
    order.refund(700);
    expect(() => order.refund(301)).toThrow(RangeError);
    expect(order.refundedAmount()).toBe(700);
    expect(order.state()).toBe("delivered");
  });

  it("throws a RangeError for amounts that are not positive integers", () => {
    const order = createOrder(1000);
    for (const bad of [0, -5, 2.5, Number.NaN]) {
      expect(() => order.pay(bad)).toThrow(RangeError);
      expect(() => createOrder(bad)).toThrow(RangeError);
    }
    expect(order.balance()).toBe(1000);
  });

  it("returns a new history array and keeps orders independent", () => {
    const first = createOrder(100);
    const second = createOrder(100);
    first.history().push("paid");
    first.pay(100);
    expect(first.history()).toEqual(["pending", "paid"]);
    expect(second.state()).toBe("pending");
    expect(second.balance()).toBe(100);
  });
});
