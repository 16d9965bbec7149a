def group_anagrams(words):
    groups = {}
    for word in words:
        letters = sorted(char for char in word if char.isalpha())
        if not letters:
            continue
        group = groups.setdefault("".join(letters), [])
        if word not in group:
            group.append(word)
    return list(groups.values())
