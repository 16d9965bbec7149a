"""An in-memory to-do list."""
import copy
import itertools

PRIORITIES = ("high", "normal", "low")


class TodoStore:
    def __init__(self):
        self._ids = itertools.count(1)
        self._items = {}

    def add(self, title, tags=None, priority="normal"):
        if not isinstance(title, str) or not title.strip():
            raise ValueError("title must be a non-empty string")
        if priority not in PRIORITIES:
            raise ValueError(f"priority must be one of {PRIORITIES}")
        item_id = next(self._ids)
        self._items[item_id] = {
            "id": item_id,
            "title": title,
            "done": False,
            "tags": list(tags or []),
            "priority": priority,
        }
        return item_id

    def _item(self, item_id):
        if item_id not in self._items:
            raise KeyError(f"no to-do with id {item_id}")
        return self._items[item_id]

    def complete(self, item_id):
        self._item(item_id)["done"] = True

    def get(self, item_id):
        return copy.deepcopy(self._item(item_id))

    def open_items(self):
        open_items = [item for item in self._items.values() if not item["done"]]
        open_items.sort(key=lambda item: (PRIORITIES.index(item["priority"]), item["id"]))
        return [copy.deepcopy(item) for item in open_items]

    def tag(self, item_id, tag):
        tags = self._item(item_id)["tags"]
        if tag not in tags:
            tags.append(tag)
