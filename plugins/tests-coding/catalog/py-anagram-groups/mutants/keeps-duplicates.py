def group_anagrams(words):
    groups = {}
    for word in words:
        letters = sorted(char.lower() for char in word if char.isalpha())
        if not letters:
            continue
        group = groups.setdefault("".join(letters), [])
        group.append(word)
    return list(groups.values())
