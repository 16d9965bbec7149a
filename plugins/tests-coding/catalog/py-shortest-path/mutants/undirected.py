import heapq


def shortest_path(edges, start, goal):
    graph = {}
    for source, target, weight in edges:
        if weight < 0:
            raise ValueError(f"negative weight on {source} -> {target}")
        graph.setdefault(source, []).append((target, weight))
        graph.setdefault(target, []).append((source, weight))
    if start == goal:
        return (0, [start])
    queue = [(0, 0, [start])]
    settled = set()
    while queue:
        distance, hops, path = heapq.heappop(queue)
        node = path[-1]
        if node in settled:
            continue
        settled.add(node)
        if node == goal:
            return (distance, path)
        for target, weight in graph.get(node, []):
            if target not in settled:
                heapq.heappush(queue, (distance + weight, hops + 1, path + [target]))
    return None
