def group_anagrams(words):
    groups = {}
    for word in words:
        letters = sorted(char.lower() for char in word if char.isalpha())
        if not letters:
            continue
        group = groups.setdefault("".join(letters), [])
        if word not in group:
            group.append(word)
    return [groups[key] for key in sorted(groups)]
