import heapq


class ScheduleError(ValueError):
    """The tasks cannot be scheduled."""


def schedule(tasks, workers):
    if type(workers) is not int or workers < 1:
        raise ScheduleError("workers must be at least 1")
    for name, task in tasks.items():
        duration = task["duration"]
        if type(duration) is not int or duration < 0:
            raise ScheduleError(f"task {name!r} has an invalid duration {duration!r}")
        for dependency in task["after"]:
            if dependency not in tasks:
                raise ScheduleError(f"task {name!r} depends on unknown task {dependency!r}")
    dependents = {name: [] for name in tasks}
    for name, task in tasks.items():
        for dependency in set(task["after"]):
            dependents[dependency].append(name)

    priority = {}
    state = {}

    def rank(name):
        if state.get(name) == "active":
            raise ScheduleError(f"dependency cycle through {name!r}")
        if name in priority:
            return priority[name]
        state[name] = "active"
        best = max((tasks[child]["duration"] for child in dependents[name]), default=0)
        for child in dependents[name]:
            rank(child)
        state[name] = "done"
        priority[name] = tasks[name]["duration"] + best
        return priority[name]

    for name in sorted(tasks):
        rank(name)

    finish = {}
    result = {}
    running = []
    free = workers
    time = 0
    pending = set(tasks)
    while pending or running:
        while running and running[0][0] <= time:
            heapq.heappop(running)
            free += 1
        while free > 0:
            ready = [name for name in pending if all(dep in finish and finish[dep] <= time for dep in tasks[name]["after"])]
            if not ready:
                break
            name = min(ready, key=lambda task: (-priority[task], task))
            pending.remove(name)
            end = time + tasks[name]["duration"]
            finish[name] = end
            result[name] = (time, end)
            heapq.heappush(running, (end, name))
            free -= 1
            while running and running[0][0] <= time:
                heapq.heappop(running)
                free += 1
        if running:
            time = max(time, running[0][0])
        elif pending:
            raise ScheduleError("no task can start")
    return result
