export interface GameScore {
  frames: number[];
  total: number;
  complete: boolean;
}

export declare function scoreGame(rolls: number[]): GameScore;
