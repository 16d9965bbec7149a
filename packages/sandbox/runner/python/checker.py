# Checker side of @benchloop/sandbox's Python runtime: a trusted process that runs the spec and judges
# every assertion itself. The answer's module lives in a separate, isolated host process (host.py),
# reached only through a pipe of serialized plain values, so nothing the answer does — patching
# builtins, overriding `==`, exiting, forging bytes on its pipe — can make a check pass here. Reports
# go to the parent on fd 3 (which the host never holds), each line carrying the parent's token.
#
# Job (JSON on stdin): {token, spec, solution | solutionFailure, exports, checkTimeoutMs, hostCommand,
# itemDir}. Usage: python3 -s -S -B checker.py (environment: TZ=UTC, PYTHONHASHSEED=0)
import base64
import decimal
import json
import math
import os
import select
import signal
import subprocess
import sys
import time
import traceback
import types

REPORT_FD = 3
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
RENDER_LIMIT = 2_000

_token = ""


def report(message):
    message["k"] = _token
    data = (json.dumps(message, default=repr) + "\n").encode("utf-8")
    view = memoryview(data)
    while view:
        view = view[os.write(REPORT_FD, view):]


def make_undumpable():
    """Keeps same-user processes from opening this process's pipes through /proc/<pid>/fd."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4
    except Exception:
        pass


# ---------------------------------------------------------------------------------------------------
# The connection to the host: requests out, plain values back, checker callbacks served meanwhile.


class CheckTimeout(Exception):
    pass


class HostGone(Exception):
    pass


class Violation(Exception):
    pass


class RemoteError(Exception):
    """An exception the answer's code raised, described by type names (never the answer's object)."""

    def __init__(self, description, host=None):
        self.type_name = str(description.get("type", "?"))
        self.mro = [str(name) for name in description.get("mro", [])]
        self.remote_message = str(description.get("message", ""))
        self.attributes = {}
        if host is not None and "attrs" in description:
            try:
                attributes = decode(host, description["attrs"])
                if type(attributes) is dict:
                    self.attributes = attributes
            except HostGone:
                pass
        super().__init__(f"{self.type_name}: {self.remote_message}")

    def __getattr__(self, name):
        attributes = self.__dict__.get("attributes", {})
        if name in attributes:
            return attributes[name]
        raise AttributeError(f"the module's {self.__dict__.get('type_name', 'exception')} has no attribute {name!r}")


class Host:
    def __init__(self, command, item_dir):
        request_read, self.request_write = os.pipe()
        self.response_read, response_write = os.pipe()
        self.process = subprocess.Popen(
            [*command, str(request_read), str(response_write), item_dir],
            stdin=subprocess.DEVNULL,
            pass_fds=(request_read, response_write),
            cwd=item_dir,
            env={"TZ": "UTC", "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "TMPDIR": item_dir, "HOME": item_dir},
        )
        os.close(request_read)
        os.close(response_write)
        self.buffer = b""
        self.deadline = None
        self.violations = []
        self.callbacks = {}
        self.generation = 0
        self.dead = False
        self.next_id = 0

    def close(self):
        if not self.dead:
            self.dead = True
            kill_tree(self.process.pid)
            try:
                self.process.wait(timeout=5)
            except Exception:
                pass
        for fd in (self.request_write, self.response_read):
            try:
                os.close(fd)
            except OSError:
                pass

    def _read_message(self):
        while b"\n" not in self.buffer:
            timeout = None if self.deadline is None else self.deadline - time.monotonic()
            if timeout is not None and timeout <= 0:
                raise CheckTimeout()
            ready, _, _ = select.select([self.response_read], [], [], timeout)
            if not ready:
                raise CheckTimeout()
            chunk = os.read(self.response_read, 1 << 16)
            if not chunk:
                self.dead = True
                raise HostGone(self._exit_description())
            self.buffer += chunk
            if len(self.buffer) > MAX_MESSAGE_BYTES:
                raise HostGone("the module sent more than 16 MB in one value")
        line, self.buffer = self.buffer.split(b"\n", 1)
        try:
            message = json.loads(line)
        except ValueError:
            raise HostGone("the module's process wrote something unreadable on its result pipe")
        if not isinstance(message, dict):
            raise HostGone("the module's process wrote something unreadable on its result pipe")
        return message

    def _exit_description(self):
        try:
            code = self.process.wait(timeout=2)
        except Exception:
            return "the module's process stopped answering"
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
            return f"the module's process was killed by {name}"
        if code > 128:
            number = code - 128
            name = signal.Signals(number).name if number in signal.Signals._value2member_map_ else str(number)
            return f"the module's process was killed by {name}"
        return f"the module's process exited with code {code}"

    def wait_ready(self):
        try:
            message = self._read_message()
        except HostGone:
            if self.violations:
                raise Violation(self.violations[-1])
            raise
        if not message.get("ready"):
            raise HostGone("the module's process did not start")

    def request(self, message):
        if self.dead:
            raise HostGone("the module's process is gone")
        self.next_id += 1
        request_id = self.next_id
        data = (json.dumps({**message, "id": request_id}) + "\n").encode("utf-8")
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self.request_write, view):]
        except OSError:
            self.dead = True
            raise HostGone(self._exit_description())
        while True:
            try:
                reply = self._read_message()
            except HostGone:
                # The host ends itself right after reporting a refused action.
                if self.violations:
                    raise Violation(self.violations[-1])
                raise
            if "violation" in reply:
                self.violations.append(str(reply["violation"])[:500])
                continue
            if "cb" in reply:
                self._serve_callback(reply)
                continue
            if "r" in reply and isinstance(reply["r"], dict):
                if reply.get("id") != request_id:
                    raise HostGone("the module's process wrote a result for another request (a forged line)")
                if self.violations:
                    raise Violation(self.violations[-1])
                return reply["r"]
            if "ready" in reply:
                continue
            raise HostGone("the module's process wrote something unreadable on its result pipe")

    def _serve_callback(self, message):
        callback = self.callbacks.get(message.get("cb"))
        try:
            if callback is None:
                raise RuntimeError("unknown checker function")
            args = decode(self, message.get("args", []))
            kwargs = decode(self, message.get("kwargs", {"$d": []}))
            result = callback(*args, **(kwargs if isinstance(kwargs, dict) else {}))
            outcome = {"ok": True, "value": encode(self, result)}
        except (CheckTimeout, HostGone, Violation):
            raise
        except BaseException as error:
            outcome = {"ok": False, "message": str(error)[:2000]}
            if type(error).__module__ == "builtins":
                outcome["builtin"] = type(error).__name__
        data = (json.dumps({"cbr": outcome}) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[os.write(self.request_write, view):]


def kill_tree(pid):
    """SIGKILLs a process and its descendants (`unshare`, the namespace's shell, the interpreter).

    Killing `unshare` alone is not enough: the namespace's first process loses its parent-death signal
    when it changes user, and only its death takes the namespace's other processes with it.
    """
    found = [pid]
    index = 0
    while index < len(found) and len(found) < 64:
        current = found[index]
        index += 1
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    found.extend(int(child) for child in children.read().split())
        except OSError:
            pass
    for target in found:
        try:
            os.kill(target, signal.SIGKILL)
        except OSError:
            pass


def encode(host, value, depth=0):
    if depth > 64:
        raise ValueError("value too deeply nested")
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        return value if -(2**63) < value < 2**63 else {"$i": str(value)}
    if kind is float:
        return value if math.isfinite(value) else {"$nf": repr(value)}
    if kind is list:
        return [encode(host, item, depth + 1) for item in value]
    if kind is tuple:
        return {"$t": [encode(host, item, depth + 1) for item in value]}
    if kind is dict:
        return {"$d": [[encode(host, k, depth + 1), encode(host, v, depth + 1)] for k, v in value.items()]}
    if kind is set or kind is frozenset:
        return {"$s" if kind is set else "$fs": [encode(host, item, depth + 1) for item in value]}
    if kind is bytes:
        return {"$b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, Remote):
        return value._wire()
    if kind is decimal.Decimal:
        return {"$dec": str(value)}
    if isinstance(value, type) and value.__module__ == "builtins":
        return {"$bt": value.__name__}
    if callable(value):
        # The same function is the same object on the module's side too (so `off(handler)` works).
        for callback_id, known in host.callbacks.items():
            if known is value:
                return {"$cb": callback_id}
        callback_id = len(host.callbacks) + 1
        host.callbacks[callback_id] = value
        return {"$cb": callback_id}
    raise TypeError(f"cannot send a {kind.__name__} to the module under test")


def decode(host, value, depth=0):
    """Plain data from whatever the host sent; anything malformed is refused."""
    if depth > 70:
        raise HostGone("the module sent a value nested too deeply")
    if value is None or type(value) in (bool, int, float, str):
        return value
    if type(value) is list:
        return [decode(host, item, depth + 1) for item in value]
    if type(value) is dict and len(value) >= 1:
        if "$t" in value and type(value["$t"]) is list:
            return tuple(decode(host, item, depth + 1) for item in value["$t"])
        if "$d" in value and type(value["$d"]) is list:
            result = {}
            for pair in value["$d"]:
                if type(pair) is not list or len(pair) != 2:
                    raise HostGone("the module sent a malformed dict")
                key = decode(host, pair[0], depth + 1)
                try:
                    result[key] = decode(host, pair[1], depth + 1)
                except TypeError:
                    raise HostGone("the module sent a dict with an unhashable key")
            return result
        if ("$s" in value and type(value["$s"]) is list) or ("$fs" in value and type(value["$fs"]) is list):
            items = [decode(host, item, depth + 1) for item in value.get("$s", value.get("$fs"))]
            try:
                return set(items) if "$s" in value else frozenset(items)
            except TypeError:
                raise HostGone("the module sent a set with an unhashable item")
        if "$b" in value and type(value["$b"]) is str:
            return base64.b64decode(value["$b"])
        if "$i" in value and type(value["$i"]) is str:
            return int(value["$i"])
        if "$dec" in value and type(value["$dec"]) is str and len(value["$dec"]) < 5000:
            try:
                return decimal.Decimal(value["$dec"])
            except decimal.InvalidOperation:
                raise HostGone("the module sent a malformed Decimal")
        if "$nf" in value and value["$nf"] in ("nan", "inf", "-inf"):
            return float(value["$nf"])
        if "$h" in value and type(value["$h"]) is int:
            return Remote(host, {"$h": value["$h"]}, str(value.get("type", "?"))[:200], host.generation)
        if "$cb" in value and type(value["$cb"]) is int:
            return host.callbacks.get(value["$cb"])
    raise HostGone("the module sent a value the checker cannot read")


# ---------------------------------------------------------------------------------------------------
# Proxies: the spec's view of the answer's objects. Every use is a request to the host.

_state = {"host": None}


def _host():
    host = _state["host"]
    if host is None:
        raise HostGone("the module's process is gone")
    return host


class Remote:
    """An object of the module under test (or a module attribute, resolved fresh in every check)."""

    __slots__ = ("_ref", "_type", "_generation", "_host")

    def __init__(self, host, ref, type_name, generation):
        object.__setattr__(self, "_ref", ref)
        object.__setattr__(self, "_type", type_name)
        object.__setattr__(self, "_generation", generation)
        object.__setattr__(self, "_host", host)

    def _wire(self):
        if "$h" in self._ref and (self._host is not _state["host"] or self._generation != _host().generation):
            raise RuntimeError("an object from an earlier check was used; create objects inside the check")
        return self._ref

    def _do(self, op, args=(), kwargs=None):
        host = _host()
        message = {"op": op, "target": self._wire(), "args": encode(host, list(args))}
        if kwargs is not None:
            message["kwargs"] = encode(host, kwargs)
        response = host.request(message)
        if not response.get("ok"):
            raise RemoteError(response.get("error") if isinstance(response.get("error"), dict) else {}, host)
        if response.get("stop"):
            raise StopIteration
        return decode(host, response.get("value"))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return self._do("getattr", [name])

    def __setattr__(self, name, value):
        self._do("setattr", [name, value])

    def __call__(self, *args, **kwargs):
        return self._do("call", args, kwargs)

    def __iter__(self):
        iterator = self._do("iter")
        if not isinstance(iterator, Remote):
            return iter(iterator)
        return _RemoteIterator(iterator)

    def __len__(self):
        length = self._do("len")
        if type(length) is not int or length < 0:
            raise TypeError("len() of the module's object is not a non-negative int")
        return length

    def __contains__(self, item):
        return self._do("contains", [item]) is True

    def __getitem__(self, key):
        return self._do("getitem", [key])

    def __setitem__(self, key, value):
        self._do("setitem", [key, value])

    def __delitem__(self, key):
        self._do("delitem", [key])

    def __bool__(self):
        return self._do("bool") is True

    def __str__(self):
        text = self._do("str")
        return text if type(text) is str else "?"

    def __repr__(self):
        if "$m" in self._ref:
            return f"solution.{self._ref['$m']}"
        return f"<{self._type} object>"

    def __eq__(self, other):
        return isinstance(other, Remote) and other._ref == self._ref and other._generation == self._generation

    def __hash__(self):
        return hash(json.dumps(self._ref, sort_keys=True))


class _RemoteIterator:
    def __init__(self, remote):
        self.remote = remote

    def __iter__(self):
        return self

    def __next__(self):
        return self.remote._do("next")


class SolutionModule(types.ModuleType):
    """`solution` as the spec imports it: each attribute resolves in the check's fresh module."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Remote(None, {"$m": name}, "module attribute", 0)


def is_instance(value, type_ref):
    """Whether a value of the module is an instance of a class of the module (asked of the host)."""
    if isinstance(value, Remote):
        return value._do("isinstance", [type_ref]) is True
    return False


# ---------------------------------------------------------------------------------------------------
# The spec API: describe / it / expect, judged here.

checks = []
_describe_stack = []


class describe:
    def __init__(self, name):
        self.name = str(name)

    def __enter__(self):
        _describe_stack.append(self.name)
        return self

    def __exit__(self, *exc):
        _describe_stack.pop()
        return False

    def __call__(self, body):
        with self:
            body()
        return body


def it(name, timeout=None):
    def register(body):
        checks.append({"name": " > ".join([*_describe_stack, str(name)]), "body": body, "timeoutMs": timeout})
        return body

    return register


class AssertionFailure(Exception):
    def __init__(self, message, expected=None, actual=None, has_values=False):
        super().__init__(message)
        self.expected = expected
        self.actual = actual
        self.has_values = has_values


def render(value, depth=0):
    """A JSON-safe rendering of a checker-side value."""
    if depth > 8:
        return "…"
    if value is None or type(value) in (bool, str):
        return value if type(value) is not str or len(value) <= RENDER_LIMIT else value[:RENDER_LIMIT] + "…"
    if type(value) is int:
        return value if abs(value) < 2**53 else str(value)
    if type(value) is float:
        return value if math.isfinite(value) else repr(value)
    if type(value) is decimal.Decimal:
        return str(value)
    if type(value) in (list, tuple):
        return [render(item, depth + 1) for item in list(value)[:100]]
    if type(value) in (set, frozenset):
        return [render(item, depth + 1) for item in sorted(value, key=repr)[:100]]
    if type(value) is dict:
        return {repr(k) if type(k) is not str else k: render(v, depth + 1) for k, v in list(value.items())[:100]}
    text = repr(value)
    return text if len(text) <= RENDER_LIMIT else text[:RENDER_LIMIT] + "…"


def deep_equal(a, b):
    """Python equality over plain data, except that bool is not int and proxies equal only themselves."""
    if isinstance(a, Remote) or isinstance(b, Remote):
        return isinstance(a, Remote) and isinstance(b, Remote) and a == b
    ta, tb = type(a), type(b)
    if ta is bool or tb is bool:
        return ta is tb and a == b
    numbers = (int, float, decimal.Decimal)
    if ta in numbers and tb in numbers:
        try:
            if ta is not int and tb is not int and a != a and b != b:
                return True
            return a == b
        except decimal.InvalidOperation:
            return False
    if ta is not tb:
        return False
    if ta in (list, tuple):
        return len(a) == len(b) and all(deep_equal(x, y) for x, y in zip(a, b))
    if ta is dict:
        return a.keys() == b.keys() and all(deep_equal(a[k], b[k]) for k in a)
    if ta in (set, frozenset, str, bytes) or a is None:
        return a == b
    return a is b


def _qualified(cls):
    if isinstance(cls, Remote) and "$m" in cls._ref:
        return f"solution.{cls._ref['$m']}"
    if isinstance(cls, type):
        return f"{cls.__module__}.{cls.__qualname__}"
    raise TypeError("to_raise expects an exception class")


class Expectation:
    def __init__(self, actual, negated=False):
        self.actual = actual
        self.negated = negated

    @property
    def not_(self):
        return Expectation(self.actual, not self.negated)

    def _assert(self, ok, message, expected=None, has_values=True):
        if bool(ok) == self.negated:
            prefix = "expected not " if self.negated else "expected "
            raise AssertionFailure(prefix + message, expected, self.actual, has_values)

    def to_equal(self, expected):
        self._assert(deep_equal(self.actual, expected), f"{render(expected)!r}, got {render(self.actual)!r}", expected)

    def to_be(self, expected):
        if isinstance(expected, Remote) or isinstance(self.actual, Remote):
            same = deep_equal(self.actual, expected)
        elif expected is None or type(expected) is bool:
            same = self.actual is expected
        else:
            same = type(self.actual) is type(expected) and deep_equal(self.actual, expected)
        self._assert(same, f"{render(expected)!r}, got {render(self.actual)!r}", expected)

    def to_be_none(self):
        self._assert(self.actual is None, f"None, got {render(self.actual)!r}", None)

    def to_be_true(self):
        self._assert(self.actual is True, f"True, got {render(self.actual)!r}", True)

    def to_be_false(self):
        self._assert(self.actual is False, f"False, got {render(self.actual)!r}", False)

    def to_be_close_to(self, expected, tolerance=1e-9):
        ok = type(self.actual) in (int, float) and abs(self.actual - expected) <= tolerance
        self._assert(ok, f"a number within {tolerance} of {expected}, got {render(self.actual)!r}", expected)

    def to_be_greater_than(self, bound):
        ok = type(self.actual) in (int, float) and self.actual > bound
        self._assert(ok, f"a number greater than {bound}, got {render(self.actual)!r}", bound)

    def to_be_less_than(self, bound):
        ok = type(self.actual) in (int, float) and self.actual < bound
        self._assert(ok, f"a number less than {bound}, got {render(self.actual)!r}", bound)

    def to_contain(self, item):
        container = self.actual
        ok = False
        if type(container) in (list, tuple):
            ok = any(deep_equal(element, item) for element in container)
        elif type(container) in (set, frozenset, dict) or (type(container) is str and type(item) is str):
            try:
                ok = item in container
            except TypeError:
                ok = False
        self._assert(ok, f"{render(container)!r} to contain {render(item)!r}", item)

    def to_have_length(self, length):
        ok = type(self.actual) in (list, tuple, str, dict, set, frozenset, bytes) and len(self.actual) == length
        self._assert(ok, f"length {length}, got {render(self.actual)!r}", length)

    def to_be_instance_of(self, cls):
        if isinstance(cls, Remote):
            ok = is_instance(self.actual, cls)
        else:
            ok = not isinstance(self.actual, Remote) and isinstance(self.actual, cls)
        self._assert(ok, f"an instance of {_qualified(cls)}, got {render(self.actual)!r}", None, False)

    def to_raise(self, cls=Exception, match=None):
        if not callable(self.actual):
            raise AssertionFailure("to_raise expects a function to call, such as a lambda")
        wanted = _qualified(cls)
        raised = None
        try:
            self.actual()
        except RemoteError as error:
            raised = error
        except (CheckTimeout, HostGone, Violation):
            raise
        except AssertionFailure:
            raise
        except Exception as error:
            # Raised in the checker (an argument the checker could not send): not the module's error.
            raise AssertionFailure(f"the check itself failed: {type(error).__name__}: {error}")
        if raised is None:
            ok = False
            message = f"a {wanted} to be raised, but nothing was raised"
        else:
            ok = wanted in raised.mro and (match is None or str(match) in raised.remote_message)
            message = f"a {wanted}{'' if match is None else f' whose message contains {match!r}'}, got {raised.type_name}: {raised.remote_message!r}"
        if bool(ok) == self.negated:
            raise AssertionFailure(("expected not " if self.negated else "expected ") + message, wanted,
                                   None if raised is None else f"{raised.type_name}: {raised.remote_message}", True)


def expect(actual):
    return Expectation(actual)


def catch(action):
    """Calls `action` and returns the exception the module raised (its type names, message and public
    attributes), or fails the check when nothing was raised."""
    try:
        action()
    except RemoteError as error:
        return error
    raise AssertionFailure("expected the call to raise, but nothing was raised")


def make_spec_module():
    spec = types.ModuleType("spec")
    spec.describe = describe
    spec.it = it
    spec.expect = expect
    spec.is_instance = is_instance
    spec.catch = catch
    spec.__all__ = ["describe", "it", "expect", "catch", "is_instance"]
    return spec


# ---------------------------------------------------------------------------------------------------
# The run.


def failure_of(error):
    if isinstance(error, CheckTimeout):
        return "timeout", None
    if isinstance(error, Violation):
        return "sandbox_violation", f"sandbox violation: {error}"
    if isinstance(error, HostGone):
        text = str(error)
        if "SIGXCPU" in text:
            return "timeout", "the module used more than its CPU time limit"
        if "SIGKILL" in text or "SIGSEGV" in text:
            return "memory", f"{text} (most likely out of memory)"
        return "crash", text
    return None, None


def main():
    global _token
    job = json.loads(sys.stdin.read())
    _token = job["token"]
    make_undumpable()
    sys.modules["spec"] = make_spec_module()
    sys.modules["solution"] = SolutionModule("solution")
    try:
        code = compile(job["spec"], "spec.py", "exec")
        exec(code, {"__name__": "spec_module"})
    except BaseException as error:
        report({"t": "spec_error", "message": "".join(traceback.format_exception_only(type(error), error)).strip()})
        report({"t": "done"})
        return
    check_timeout = int(job["checkTimeoutMs"])
    report({"t": "plan", "checks": [{"name": c["name"], "timeoutMs": int(c["timeoutMs"] or check_timeout)} for c in checks]})

    if "solutionFailure" in job:
        report({"t": "load", "ok": False, "type": job["solutionFailure"]["type"], "message": job["solutionFailure"]["message"]})
        report({"t": "done"})
        return

    state = {"host": None, "loaded_first": False}

    def start_host(timeout_ms):
        host = Host(job["hostCommand"], job["itemDir"])
        _state["host"] = host
        host.deadline = time.monotonic() + timeout_ms / 1000 + 2.0
        host.wait_ready()
        return host

    def load(host, timeout_ms):
        host.deadline = time.monotonic() + timeout_ms / 1000
        host.generation += 1
        return host.request({"op": "load", "source": job["solution"], "exports": job["exports"]})

    report({"t": "phase", "phase": "load"})
    try:
        host = start_host(check_timeout)
        outcome = load(host, check_timeout)
    except BaseException as error:
        kind, message = failure_of(error)
        if kind is None:
            raise
        if kind == "timeout" and message is None:
            message = f"the module did not finish loading within {check_timeout} ms"
        report({"t": "load", "ok": False, "type": kind, "message": message})
        if _state["host"]:
            _state["host"].close()
        report({"t": "done"})
        return
    if not outcome.get("ok"):
        kind = outcome.get("kind")
        error = outcome.get("error") or {}
        if kind == "missing_export":
            message = f"the module does not define {', '.join(map(str, outcome.get('missing', [])))}"
        elif kind == "syntax":
            message = f"the module does not parse: {error.get('message')} (line {outcome.get('line')})"
        elif kind == "import":
            message = f"the module imports something that is not there: {error.get('message')}"
        else:
            kind = "crash"
            message = f"the module raised {error.get('type')} while loading: {error.get('message')}"
        report({"t": "load", "ok": False, "type": kind, "message": str(message)[:2000]})
        host.close()
        report({"t": "done"})
        return
    report({"t": "load", "ok": True})

    fresh = True
    for index, check in enumerate(checks):
        if index < int(job.get("startAt", 0)):
            continue
        timeout_ms = int(check["timeoutMs"] or check_timeout)
        report({"t": "start", "i": index})
        result = {"t": "check", "i": index, "passed": False}
        try:
            host = _state["host"]
            if host is None or host.dead:
                host = start_host(timeout_ms)
                fresh = False
            if not fresh:
                outcome = load(host, timeout_ms)
                if not outcome.get("ok"):
                    raise HostGone("the module did not load again for this check")
            fresh = False
            host.violations.clear()
            host.callbacks.clear()
            host.deadline = time.monotonic() + timeout_ms / 1000
            check["body"]()
            if host.violations:
                raise Violation(host.violations[-1])
            result["passed"] = True
        except AssertionFailure as failure:
            result["error"] = str(failure)[:RENDER_LIMIT]
            if failure.has_values:
                result["expected"] = render(failure.expected)
                result["actual"] = render(failure.actual)
        except RemoteError as error:
            result["error"] = f"the module raised {error.type_name}: {error.remote_message}"[:RENDER_LIMIT]
        except BaseException as error:
            kind, message = failure_of(error)
            if kind is None:
                result["error"] = f"{type(error).__name__}: {error}"[:RENDER_LIMIT]
            else:
                if kind == "timeout" and message is None:
                    message = f"the check did not finish within {timeout_ms} ms; the module's process was stopped"
                result["error"] = message
                result["failureType"] = kind
                if _state["host"]:
                    _state["host"].close()
                _state["host"] = None
        report(result)
    if _state["host"]:
        _state["host"].close()
    import resource

    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    report({"t": "done", "cpuMs": round(sum((u.ru_utime + u.ru_stime) * 1000 for u in usage))})


main()
