"""An undirected social graph: people and friendships."""
from collections import deque


class Graph:
    def __init__(self):
        self._adjacent = {}

    def add_person(self, name):
        self._adjacent.setdefault(name, set())

    def add_friendship(self, a, b):
        if a == b:
            raise ValueError("a person cannot befriend themselves")
        self.add_person(a)
        self.add_person(b)
        self._adjacent[a].add(b)
        self._adjacent[b].add(a)

    def friends(self, name):
        return sorted(self._adjacent.get(name, set()))

    def degrees_of_separation(self, start, goal):
        """Number of friendship hops from start to goal, or -1 when not connected."""
        if start not in self._adjacent or goal not in self._adjacent:
            return -1
        queue = deque([(start, 0)])
        visited = {start}
        while queue:
            person, distance = queue.popleft()
            if person == goal:
                return distance
            for friend in self._adjacent[person]:
                if friend not in visited:
                    visited.add(friend)
                    queue.append((friend, distance + 1))
        return -1

    def suggestions(self, name):
        """Friends of friends who are not already friends, most mutual friends first."""
        counts = {}
        for friend in self._adjacent.get(name, set()):
            for candidate in self._adjacent[friend]:
                if candidate != name and candidate not in self._adjacent[name]:
                    counts[candidate] = counts.get(candidate, 0) + 1
        return sorted(counts, key=lambda person: (-counts[person], person))
