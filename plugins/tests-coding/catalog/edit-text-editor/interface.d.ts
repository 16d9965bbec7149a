export declare function createEditor(): {
  type(chars: string): void;
  backspace(): void;
  move(to: number): void;
  undo(): boolean;
  readonly text: string;
  readonly cursor: number;
};
