import heapq


class CycleError(ValueError):
    def __init__(self, cycle):
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle


def topo_sort(dependencies):
    needs = {}
    for task, deps in dependencies.items():
        needs.setdefault(task, set()).update(deps)
    waiting = {task: len(deps) for task, deps in needs.items()}
    dependents = {task: [] for task in needs}
    for task, deps in needs.items():
        for dep in deps:
            dependents.setdefault(dep, []).append(task)
    ready = [task for task, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for dependent in dependents[task]:
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                heapq.heappush(ready, dependent)
    if len(order) < len(needs):
        raise CycleError(_find_cycle(needs, set(order)))
    return order


def _find_cycle(needs, placed):
    start = min(task for task in needs if task not in placed)
    path = [start]
    seen = {start: 0}
    while True:
        current = path[-1]
        following = min(dep for dep in needs[current] if dep not in placed)
        if following in seen:
            return path[seen[following]:] + [following]
        seen[following] = len(path)
        path.append(following)
