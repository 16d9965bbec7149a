def top_words(text, n):
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    if type(n) is not int or n < 0:
        raise ValueError("n must be a non-negative int")
    counts = {}
    word = []
    for char in text + " ":
        if char.isalnum():
            word.append(char.lower())
        elif word:
            key = "".join(word)
            counts[key] = counts.get(key, 0) + 1
            word = []
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return ranked[:n]
