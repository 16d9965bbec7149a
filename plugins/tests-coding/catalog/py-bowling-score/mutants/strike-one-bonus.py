def _frames(rolls):
    """Splits rolls into frames (lists of roll indexes); validates; returns (frames, complete)."""
    for roll in rolls:
        if type(roll) is not int or not 0 <= roll <= 10:
            raise ValueError(f"a roll must be an int in 0..10, not {roll!r}")
    frames = []
    index = 0
    while index < len(rolls) and len(frames) < 9:
        if rolls[index] == 10:
            frames.append([index])
            index += 1
            continue
        if index + 1 < len(rolls):
            if rolls[index] + rolls[index + 1] > 10:
                raise ValueError("a frame cannot knock down more than 10 pins")
            frames.append([index, index + 1])
            index += 2
        else:
            frames.append([index])
            index += 1
            return frames, False
    if len(frames) < 9:
        return frames, False
    last = rolls[index:]
    if len(last) >= 2:
        first, second = last[0], last[1]
        if first < 10 and first + second > 10:
            raise ValueError("the tenth frame cannot knock down more than 10 pins")
        needs_third = first == 10 or first + second == 10
        if len(last) >= 3:
            if not needs_third:
                raise ValueError("no bonus roll after an open tenth frame")
            third = last[2]
            if first == 10 and second < 10 and second + third > 10:
                raise ValueError("the bonus rolls cannot knock down more than 10 pins")
        expected = 3 if needs_third else 2
        if len(last) > expected:
            raise ValueError("rolls after the end of the game")
        frames.append(list(range(index, len(rolls))))
        return frames, len(last) == expected
    frames.append(list(range(index, len(rolls))))
    return frames, False


def frame_scores(rolls):
    frames, _ = _frames(rolls)
    totals = []
    running = 0
    for number, frame in enumerate(frames):
        first = frame[0]
        if number == 9:
            needed = 3 if len(frame) >= 2 and (rolls[first] == 10 or rolls[first] + rolls[first + 1] == 10) else 2
            if len(frame) < needed:
                break
            running += sum(rolls[i] for i in frame)
        elif rolls[first] == 10:
            if first + 2 >= len(rolls):
                break
            running += 10 + rolls[first + 1]
        else:
            if len(frame) < 2:
                break
            if rolls[first] + rolls[first + 1] == 10:
                if first + 2 >= len(rolls):
                    break
                running += 10 + rolls[first + 2]
            else:
                running += rolls[first] + rolls[first + 1]
        totals.append(running)
    return totals


def score(rolls):
    frames, complete = _frames(rolls)
    if not complete:
        raise ValueError("the game is not complete")
    return frame_scores(rolls)[-1]
