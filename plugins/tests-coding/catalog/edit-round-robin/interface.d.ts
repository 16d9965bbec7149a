export declare function createScheduler(): {
  submit(tenant: string, job: string, weight?: number): void;
  next():
    | {
        tenant: string;
        job: string;
      }
    | undefined;
  readonly pending: number;
};
