# Answer side of @benchloop/sandbox's Python runtime. Runs inside the isolated process (own user,
# namespaces, rlimits) and holds the untrusted module. It never judges anything: the checker process
# sends requests (load the module, get an attribute, call, iterate) on one pipe and reads plain,
# serialized values or exception descriptions back on another. Whatever this process sends, the
# checker decodes it into plain data and evaluates every assertion itself, so patching anything here
# (builtins, `==`, this file's functions) cannot make a check pass.
#
# Usage: python3 -s -S -B host.py <request fd> <response fd> <item folder>, with PYTHONHASHSEED=0 so
# the answer's set and dict orders are the same on every run.
import base64
import builtins
import json
import math
import os
import sys
import types

REQUEST_FD = int(sys.argv[1])
RESPONSE_FD = int(sys.argv[2])
ITEM_DIR = os.path.realpath(sys.argv[3])
STDLIB_DIR = os.path.dirname(os.path.realpath(os.__file__))
MAX_DEPTH = 64
MAX_ITEMS = 200_000

_write = os.write
_dumps = json.dumps
_loads = json.loads
_realpath = os.path.realpath


def send(message):
    data = (_dumps(message, allow_nan=True) + "\n").encode("utf-8")
    view = memoryview(data)
    while view:
        written = _write(RESPONSE_FD, view)
        view = view[written:]


def _make_audit_hook():
    """The sandbox's audit hook, built so that nothing the answer can reach changes what it allows.

    Every value it uses is an immutable closure variable or a C function captured here (no module
    globals, no Python-level helpers an answer could patch), the function object itself is referenced
    only by the interpreter (and `gc` introspection, which the hook refuses), and a refused action is
    reported to the checker and ends the process on the spot, so an answer cannot catch it and go on.
    """
    import posix

    write = posix.write
    exit_now = posix._exit
    getcwd = posix.getcwd
    is_instance = isinstance
    text_type, bytes_type, int_type = str, bytes, int
    str_join, str_split, str_startswith = str.join, str.split, str.startswith
    bytes_decode = bytes.decode
    response_fd = RESPONSE_FD
    item_dir = ITEM_DIR
    sep = "/"
    write_roots = (item_dir,)
    read_roots = tuple(
        sorted({item_dir, STDLIB_DIR, _realpath(sys.prefix), _realpath(sys.base_prefix), _realpath(sys.exec_prefix)})
    )
    read_files = frozenset({"/dev/null", "/dev/urandom", "/dev/random", "/dev/zero", "/etc/localtime"})
    blocked_imports = frozenset({"ctypes", "_ctypes", "_posixsubprocess", "subprocess", "multiprocessing", "_multiprocessing"})
    blocked_events = {
        "os.fork": "starting a process (os.fork)",
        "os.forkpty": "starting a process (os.forkpty)",
        "os.system": "running a shell command (os.system)",
        "os.exec": "replacing the process (os.exec*)",
        "os.posix_spawn": "starting a process (os.posix_spawn)",
        "os.spawn": "starting a process (os.spawn*)",
        "os.kill": "sending a signal (os.kill)",
        "os.killpg": "sending a signal (os.killpg)",
        "subprocess.Popen": "starting a process (subprocess)",
        "os.symlink": "creating a symbolic link",
        "os.link": "creating a hard link",
        "os.chown": "changing a file's owner",
        "socket.__new__": "opening a socket",
        "socket.connect": "connecting a socket",
        "socket.bind": "binding a socket",
        "socket.getaddrinfo": "resolving a host name",
        "socket.gethostbyname": "resolving a host name",
        "ctypes.dlopen": "loading a native library (ctypes)",
        "ctypes.dlsym": "looking up native code (ctypes)",
        "ctypes.call_function": "calling native code (ctypes)",
        "ctypes.cdata": "reading raw memory (ctypes)",
        "sys.setprofile": "installing a profiler",
        "sys.settrace": "installing a tracer",
        "gc.get_objects": "walking the interpreter's objects (gc)",
        "gc.get_referrers": "walking the interpreter's objects (gc)",
        "gc.get_referents": "walking the interpreter's objects (gc)",
        "mmap.__new__": "mapping memory from a file",
        "pty.spawn": "starting a process (pty)",
        "resource.setrlimit": "changing resource limits",
        "resource.prlimit": "changing resource limits",
    }
    blocked_events = tuple(sorted(blocked_events.items()))
    blocked_names = frozenset(name for name, _ in blocked_events)
    write_events = frozenset({
        "os.remove", "os.rename", "os.replace", "os.mkdir", "os.rmdir", "os.truncate", "os.chmod", "os.utime",
        "os.mkfifo", "os.mknod", "shutil.rmtree", "shutil.move", "shutil.copyfile", "os.removexattr",
        "os.setxattr", "os.chflags",
    })
    list_events = frozenset({"os.listdir", "os.scandir", "glob.glob", "os.walk"})
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    safe = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ._-/()*:,'")

    def to_text(path):
        if is_instance(path, bytes_type):
            return bytes_decode(path, "utf-8", "replace")
        if is_instance(path, text_type):
            return path
        return None

    def normalize(path):
        # Lexical: the answer can create no symbolic links, so a path lexically inside a root is inside it.
        if not str_startswith(path, sep):
            path = getcwd() + sep + path
        parts = []
        for part in str_split(path, sep):
            if part == "" or part == ".":
                continue
            if part == "..":
                if parts:
                    parts.pop()
                continue
            parts.append(part)
        return sep + str_join(sep, parts)

    def inside(path, roots):
        if is_instance(path, int_type):
            return True
        text = to_text(path)
        if text is None:
            return False
        full = normalize(text)
        for root in roots:
            if full == root or str_startswith(full, root + sep):
                return True
        return False

    def readable(path):
        text = to_text(path)
        if text is not None and normalize(text) in read_files:
            return True
        return inside(path, read_roots)

    def refuse(what, path=None):
        detail = what
        if path is not None:
            text = to_text(path)
            if text is None:
                text = "?"
            detail = what + " " + str_join("", [c if c in safe else "?" for c in text[:200]])
        write(response_fd, ('{"violation": "' + detail + '"}\n').encode("utf-8"))
        exit_now(86)

    def hook(event, args):
        if event == "open":
            path, mode, flags = args[0], args[1], args[2]
            writing = (is_instance(mode, text_type) and ("w" in mode or "a" in mode or "x" in mode or "+" in mode)) or (
                is_instance(flags, int_type) and flags & write_flags
            )
            if writing:
                if not inside(path, write_roots):
                    refuse("writing outside the item folder:", path)
            elif not readable(path):
                refuse("reading outside the item folder:", path)
        elif event == "import":
            name = args[0] if args else ""
            if is_instance(name, text_type) and str_split(name, ".")[0] in blocked_imports:
                refuse("importing", name)
        elif event in write_events:
            for path in args:
                if (is_instance(path, text_type) or is_instance(path, bytes_type)) and not inside(path, write_roots):
                    refuse("changing files outside the item folder (" + event + "):", path)
        elif event in list_events:
            path = args[0] if args else "."
            if path is None:
                path = "."
            if not readable(path):
                refuse("listing outside the item folder:", path)
        elif event in blocked_names:
            for name, what in blocked_events:
                if name == event:
                    refuse(what)

    return hook


class RemoteCallback:
    """A function of the checker, handed to the answer as an argument; calling it asks the checker."""

    __slots__ = ("_id",)

    def __init__(self, callback_id):
        self._id = callback_id

    def __call__(self, *args, **kwargs):
        send({"cb": self._id, "args": encode(list(args)), "kwargs": encode(kwargs)})
        return serve(until_callback_result=True)

    def __repr__(self):
        return f"<checker function {self._id}>"


class CheckerError(Exception):
    """An exception a checker callback raised, seen from the answer's side."""


handles = {}
callbacks = {}
module = None


def encode(value, depth=0, budget=None):
    if budget is None:
        budget = [MAX_ITEMS]
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        raise ValueError("the value is too large or too deeply nested to send to the checker")
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        return value if -(2**63) < value < 2**63 else {"$i": str(value)}
    if kind is float:
        return value if math.isfinite(value) else {"$nf": repr(value)}
    if kind is list:
        return [encode(item, depth + 1, budget) for item in value]
    if kind is tuple:
        return {"$t": [encode(item, depth + 1, budget) for item in value]}
    if kind is dict:
        return {"$d": [[encode(k, depth + 1, budget), encode(v, depth + 1, budget)] for k, v in value.items()]}
    if kind is set or kind is frozenset:
        return {"$s" if kind is set else "$fs": [encode(item, depth + 1, budget) for item in value]}
    if kind is bytes:
        return {"$b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, RemoteCallback):
        return {"$cb": value._id}
    if kind.__name__ == "Decimal" and kind.__module__ == "decimal":
        return {"$dec": str(value)}
    # Subclasses of plain types (namedtuple, OrderedDict, Counter, IntEnum) go as their base type.
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int) and not _is_enum(value):
        return encode(int(value), depth, budget)
    if isinstance(value, float) and not _is_enum(value):
        return encode(float(value), depth, budget)
    if isinstance(value, str) and not _is_enum(value):
        return str.__str__(value)
    if isinstance(value, tuple):
        return {"$t": [encode(item, depth + 1, budget) for item in tuple.__iter__(value)]}
    if isinstance(value, list):
        return [encode(item, depth + 1, budget) for item in list.__iter__(value)]
    if isinstance(value, dict):
        return {"$d": [[encode(k, depth + 1, budget), encode(v, depth + 1, budget)] for k, v in dict.items(value)]}
    handle = len(handles) + 1
    handles[handle] = value
    return {"$h": handle, "type": _type_name(type(value))}


def _is_enum(value):
    return any(cls.__name__ == "Enum" and cls.__module__ == "enum" for cls in type(value).__mro__)


def _type_name(cls):
    try:
        return f"{cls.__module__}.{cls.__qualname__}"
    except Exception:
        return "?"


def decode(value):
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        if "$t" in value:
            return tuple(decode(item) for item in value["$t"])
        if "$d" in value:
            return {decode(k): decode(v) for k, v in value["$d"]}
        if "$s" in value:
            return {decode(item) for item in value["$s"]}
        if "$fs" in value:
            return frozenset(decode(item) for item in value["$fs"])
        if "$b" in value:
            return base64.b64decode(value["$b"])
        if "$i" in value:
            return int(value["$i"])
        if "$nf" in value:
            return float(value["$nf"])
        if "$h" in value:
            return handles[value["$h"]]
        if "$cb" in value:
            callback = callbacks.get(value["$cb"])
            if callback is None:
                callback = callbacks[value["$cb"]] = RemoteCallback(value["$cb"])
            return callback
        if "$dec" in value:
            import decimal

            return decimal.Decimal(value["$dec"])
        if "$bt" in value:
            found = getattr(builtins, str(value["$bt"]), None)
            if not isinstance(found, type):
                raise TypeError(f"unknown builtin type {value['$bt']!r}")
            return found
        if "$m" in value:
            return _module_attribute(value["$m"])
    return value


def _module_attribute(name):
    if module is None:
        raise RuntimeError("the module is not loaded")
    return getattr(module, name)


def describe_exception(error):
    cls = type(error)
    try:
        message = str(error)
    except BaseException:
        message = "(the exception's message could not be read)"
    description = {
        "type": _type_name(cls),
        "mro": [_type_name(base) for base in cls.__mro__],
        "message": message[:2000],
    }
    try:
        public = {k: v for k, v in vars(error).items() if isinstance(k, str) and not k.startswith("_")}
        description["attrs"] = encode(public)
    except BaseException:
        pass
    return description


def load(source, exports):
    global module
    handles.clear()
    callbacks.clear()
    try:
        code = compile(source, "solution.py", "exec")
    except (SyntaxError, ValueError) as error:
        return {"ok": False, "kind": "syntax", "error": describe_exception(error), "line": getattr(error, "lineno", None)}
    fresh = types.ModuleType("solution")
    fresh.__file__ = os.path.join(ITEM_DIR, "solution.py")
    sys.modules["solution"] = fresh
    module = fresh
    try:
        exec(code, fresh.__dict__)
    except ImportError as error:
        return {"ok": False, "kind": "import", "error": describe_exception(error)}
    except BaseException as error:
        return {"ok": False, "kind": "crash", "error": describe_exception(error)}
    missing = [name for name in exports if name not in fresh.__dict__]
    if missing:
        return {"ok": False, "kind": "missing_export", "missing": missing}
    return {"ok": True}


OPERATIONS = {
    "getattr": lambda target, args: getattr(target, args[0]),
    "setattr": lambda target, args: setattr(target, args[0], args[1]),
    "call": None,
    "iter": lambda target, args: iter(target),
    "next": lambda target, args: next(target),
    "len": lambda target, args: len(target),
    "contains": lambda target, args: args[0] in target,
    "getitem": lambda target, args: target[args[0]],
    "setitem": lambda target, args: target.__setitem__(args[0], args[1]),
    "delitem": lambda target, args: target.__delitem__(args[0]),
    "repr": lambda target, args: repr(target)[:2000],
    "str": lambda target, args: str(target)[:2000],
    "bool": lambda target, args: bool(target),
    "isinstance": lambda target, args: isinstance(target, args[0]),
}


def handle_request(request):
    op = request.get("op")
    if op == "load":
        return load(request["source"], request["exports"])
    target = decode(request.get("target"))
    args = decode(request.get("args", []))
    try:
        if op == "call":
            kwargs = decode(request.get("kwargs", {"$d": []}))
            result = target(*args, **kwargs)
        elif op == "next":
            try:
                result = next(target)
            except StopIteration:
                return {"ok": True, "stop": True}
        else:
            result = OPERATIONS[op](target, args)
        return {"ok": True, "value": encode(result)}
    except BaseException as error:
        return {"ok": False, "error": describe_exception(error)}


_readline = None


def serve(until_callback_result=False):
    """Answers requests; inside a checker callback, returns (or raises) once its result arrives."""
    while True:
        line = _readline()
        if not line:
            os._exit(0)
        message = _loads(line)
        if "cbr" in message:
            if not until_callback_result:
                continue
            outcome = message["cbr"]
            if outcome.get("ok"):
                return decode(outcome.get("value"))
            message = outcome.get("message", "the checker's function raised")
            builtin = getattr(builtins, str(outcome.get("builtin")), None)
            if isinstance(builtin, type) and issubclass(builtin, Exception):
                raise builtin(message)
            raise CheckerError(message)
        try:
            response = handle_request(message)
        except BaseException as error:
            response = {"ok": False, "error": describe_exception(error)}
        request_id = message.get("id")
        try:
            send({"r": response, "id": request_id})
        except (ValueError, TypeError, RecursionError) as error:
            send({"r": {"ok": False, "error": describe_exception(error)}, "id": request_id})


def main():
    global _readline
    stream = os.fdopen(REQUEST_FD, "rb", buffering=1 << 16)
    _readline = stream.readline
    os.chdir(ITEM_DIR)
    roots = (STDLIB_DIR, _realpath(sys.base_prefix))
    sys.path[:] = [p for p in sys.path if p and any(_realpath(p).startswith(root) for root in roots)]
    sys.stdin = open(os.devnull)
    sys.addaudithook(_make_audit_hook())
    send({"ready": True})
    serve()


main()
