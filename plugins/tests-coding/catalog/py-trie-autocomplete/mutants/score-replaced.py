class _Node:
    __slots__ = ("children", "score")

    def __init__(self):
        self.children = {}
        self.score = None


class Autocomplete:
    def __init__(self):
        self._root = _Node()
        self._count = 0

    def _find(self, text):
        node = self._root
        for char in text:
            node = node.children.get(char)
            if node is None:
                return None
        return node

    def add(self, word, weight=1):
        if not isinstance(word, str) or not word:
            raise ValueError("word must be a non-empty string")
        node = self._root
        for char in word.lower():
            node = node.children.setdefault(char, _Node())
        if node.score is None:
            node.score = weight
            self._count += 1
        else:
            node.score = weight

    def suggest(self, prefix, limit=5):
        if type(limit) is not int or limit < 0:
            raise ValueError("limit must be an int >= 0")
        prefix = prefix.lower()
        start = self._find(prefix)
        if start is None or limit == 0:
            return []
        found = []
        stack = [(start, prefix)]
        while stack:
            node, text = stack.pop()
            if node.score is not None:
                found.append((-node.score, text))
            for char, child in node.children.items():
                stack.append((child, text + char))
        found.sort()
        return [text for _, text in found[:limit]]

    def remove(self, word):
        node = self._find(word.lower()) if isinstance(word, str) else None
        if node is None or node.score is None:
            return False
        node.score = None
        self._count -= 1
        return True

    def __len__(self):
        return self._count

    def __contains__(self, word):
        node = self._find(word.lower()) if isinstance(word, str) else None
        return node is not None and node.score is not None
