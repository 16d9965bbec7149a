export type Status = "pending" | "paid" | "shipped" | "delivered" | "cancelled" | "returned";
export declare class TransitionError extends Error {
  readonly from: Status;
  readonly action: string;
  constructor(from: Status, action: string);
}
export declare function createOrder(total: number): {
  pay: () => void;
  ship: () => void;
  deliver(day: number): void;
  cancel(): number;
  returnItems(day: number): number;
  readonly status: Status;
  readonly history: Status[];
  readonly refunded: number;
};
