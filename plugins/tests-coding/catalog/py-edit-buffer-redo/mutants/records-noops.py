"""A text buffer with undo and redo."""


class Buffer:
    def __init__(self, text=""):
        self.text = text
        self._undo = []
        self._redo = []

    def _check(self, position):
        if type(position) is not int or not 0 <= position <= len(self.text):
            raise IndexError(f"position {position!r} is outside 0..{len(self.text)}")

    def _apply(self, kind, position, fragment):
        if kind == "insert":
            self.text = self.text[:position] + fragment + self.text[position:]
        else:
            self.text = self.text[:position] + self.text[position + len(fragment):]

    def _revert(self, kind, position, fragment):
        self._apply("delete" if kind == "insert" else "insert", position, fragment)

    def insert(self, position, fragment):
        self._check(position)
        self._undo.append(("insert", position, fragment))
        self._redo.clear()
        self._apply("insert", position, fragment)

    def delete(self, position, length):
        self._check(position)
        if type(length) is not int or length < 0:
            raise ValueError("length must be an int >= 0")
        removed = self.text[position:position + length]
        self._undo.append(("delete", position, removed))
        self._redo.clear()
        self._apply("delete", position, removed)

    def undo(self):
        if not self._undo:
            return False
        action = self._undo.pop()
        self._revert(*action)
        self._redo.append(action)
        return True

    def redo(self):
        if not self._redo:
            return False
        action = self._redo.pop()
        self._apply(*action)
        self._undo.append(action)
        return True
