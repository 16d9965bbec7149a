"""A tiny stack machine: programs are lists of instruction strings."""


class VMError(Exception):
    """A program that cannot run; `line` is the 1-based instruction number."""

    def __init__(self, message, line):
        super().__init__(f"instruction {line}: {message}")
        self.line = line


MAX_STEPS = 10_000


def run(program):
    """Runs the program and returns the stack (bottom first)."""
    labels = {}
    instructions = []
    for number, raw in enumerate(program, start=1):
        parts = raw.split("#", 1)[0].split()
        instructions.append((number, parts))
        if len(parts) == 2 and parts[0] == "label":
            if parts[1] in labels:
                raise VMError(f"duplicate label {parts[1]!r}", number)
            labels[parts[1]] = len(instructions) - 1
    stack = []
    pc = 0
    steps = 0

    def pop(line, count=1):
        if len(stack) < count:
            raise VMError("stack underflow", line)
        values = stack[-count:]
        del stack[-count:]
        return values

    while pc < len(instructions):
        steps += 1
        if steps > MAX_STEPS:
            raise VMError("step limit exceeded", instructions[pc][0])
        line, parts = instructions[pc]
        pc += 1
        if not parts:
            continue
        op, args = parts[0], parts[1:]
        expected_args = 1 if op in ("push", "jmp", "jz", "label") else 0
        if op not in ("push", "pop", "add", "sub", "mul", "div", "dup", "swap", "jmp", "jz", "label"):
            raise VMError(f"unknown instruction {op!r}", line)
        if len(args) != expected_args:
            raise VMError(f"{op} takes {expected_args} argument(s)", line)
        if op == "push":
            try:
                stack.append(int(args[0]))
            except ValueError:
                raise VMError(f"not an integer: {args[0]!r}", line) from None
        elif op == "pop":
            pop(line)
        elif op in ("add", "sub", "mul", "div"):
            a, b = pop(line, 2)
            if op == "add":
                stack.append(a + b)
            elif op == "sub":
                stack.append(a - b)
            elif op == "mul":
                stack.append(a * b)
            else:
                if b == 0:
                    raise VMError("division by zero", line)
                stack.append(a // b)
        elif op == "dup":
            (a,) = pop(line)
            stack.extend([a, a])
        elif op == "swap":
            a, b = pop(line, 2)
            stack.extend([b, a])
        elif op in ("jmp", "jz"):
            if args[0] not in labels:
                raise VMError(f"unknown label {args[0]!r}", line)
            if op == "jmp" or pop(line)[0] == 0:
                pc = labels[args[0]]
    return stack
