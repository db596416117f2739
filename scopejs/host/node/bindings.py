"""The native side of the node host's JS core modules (node's internalBinding, in Python):
what a pure engine cannot do in JS — streams, clock, environment, files, the value formatter.

Strings cross as JS strings (UTF-16 code units); file contents cross as UTF-8-decoded text or
as "binary" strings (one code unit per byte) that lib/buffer.js turns into a Buffer.
"""
from __future__ import annotations

import os
import sys
import time

from scopejs.runtime.completion import ThrowCompletion, throw_type_error
from scopejs.runtime.values import NULL, UNDEFINED
from scopejs.source.text import from_code_units, to_code_units

START = time.monotonic()


class ProcessExit(BaseException):
    """process.exit(code): unwinds through running JS (no JS finally or catch sees it)."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def make_binding(host, builtins):
    realm = host.realm
    binding = realm.new_object()
    allow = builtins.allow

    def fn(name, length=0):
        def register(behavior):
            binding.define_own_value(name, realm.new_function(behavior, length, name))
            return behavior
        return register

    def value(name, v):
        binding.define_own_value(name, v)

    def js_list(items):
        return realm.new_array(list(items))

    def js_obj(pairs):
        obj = realm.new_object()
        for k, v in pairs:
            obj.define_own_value(k, v)
        return obj

    def text(v):
        if v.__class__ is not str:
            throw_type_error("expected a string")
        return from_code_units(v)

    # -- streams and formatting -------------------------------------------------------------
    @fn("write", 2)
    def write(realm_, this, fd=UNDEFINED, data=UNDEFINED):
        from scopejs.builtins.console import to_host_text
        stream = host.engine.stdout if fd == 1.0 else host.engine.stderr
        stream.write(to_host_text(data if data.__class__ is str else ""))
        return True

    @fn("writeBinary", 2)
    def write_binary(realm_, this, fd=UNDEFINED, data=UNDEFINED):
        stream = host.engine.stdout if fd == 1.0 else host.engine.stderr
        raw = bytes(ord(c) & 0xFF for c in data)
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            buffer.write(raw)
        else:
            stream.write(raw.decode("utf-8", "replace"))
        return True

    @fn("isLengthTracking", 1)
    def is_length_tracking(realm_, this, view=UNDEFINED):
        """Whether an ArrayBuffer view's length is ``auto`` (it follows a resizable buffer's
        length): structuredClone keeps that, as V8's serializer does, and JS cannot ask it."""
        from scopejs.builtins.data_view import JSDataView
        from scopejs.runtime.objects.typed_array import JSTypedArray
        if isinstance(view, JSTypedArray):
            return view.fixed_length is None
        if isinstance(view, JSDataView):
            return view.byte_length is None
        return False

    @fn("inspect", 2)
    def inspect(realm_, this, v=UNDEFINED, options=UNDEFINED):
        from scopejs.builtins.console import _inspect_options
        from scopejs.inspect.value_format import inspect as format_value
        opts, _ = _inspect_options(options)
        return format_value(v, options=opts)

    @fn("format", 0)
    def format_(realm_, this, *args):
        from scopejs.inspect.value_format import format_log_args
        return format_log_args(list(args))

    @fn("isTTY", 1)
    def is_tty(realm_, this, fd=UNDEFINED):
        stream = {0: sys.stdin, 1: host.engine.stdout, 2: host.engine.stderr}.get(int(fd))
        try:
            return bool(stream is not None and stream.isatty())
        except (AttributeError, ValueError):
            return False

    @fn("readStdin")
    def read_stdin(realm_, this):
        """All of standard input as a binary string (one code unit per byte)."""
        if "stdin" not in allow:
            throw_type_error("reading standard input is not allowed in this host")
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        return data.decode("latin-1")

    # -- process ------------------------------------------------------------------------------
    node = host.node
    value("argv", js_list(to_code_units(a) for a in node.argv))
    value("execPath", to_code_units(sys.executable))
    value("platform", sys.platform if sys.platform != "win32" else "win32")
    value("arch", {"x86_64": "x64", "aarch64": "arm64", "AMD64": "x64"}.get(
        os.uname().machine, os.uname().machine))
    value("pid", float(os.getpid()))
    value("ppid", float(os.getppid()))
    value("scopejsVersion", node.version)

    @fn("env")
    def env(realm_, this):
        if "env" not in allow:
            return realm.new_object()
        return js_obj((to_code_units(k), to_code_units(v)) for k, v in os.environ.items())

    @fn("cwd")
    def cwd(realm_, this):
        return to_code_units(os.getcwd())

    @fn("chdir", 1)
    def chdir(realm_, this, directory=UNDEFINED):
        if "fs" not in allow:
            throw_type_error("process.chdir() is not allowed in this host")
        try:
            os.chdir(text(directory))
        except OSError as exc:
            raise_fs_error(realm, exc, "chdir", text(directory))
        return UNDEFINED

    @fn("exit", 1)
    def exit_(realm_, this, code=UNDEFINED):
        if "exit" not in allow:
            throw_type_error("process.exit() is not allowed in this host")
        raise ProcessExit(int(code) & 0xFF if code.__class__ is float and code == code else 0)

    @fn("hrtime")
    def hrtime(realm_, this):
        ns = time.monotonic_ns()
        return js_list([float(ns // 1_000_000_000), float(ns % 1_000_000_000)])

    @fn("hrtimeBigint")
    def hrtime_bigint(realm_, this):
        from scopejs.runtime.values import JSBigInt
        return JSBigInt(time.monotonic_ns())

    @fn("uptime")
    def uptime(realm_, this):
        return time.monotonic() - START

    @fn("memoryUsage")
    def memory_usage(realm_, this):
        import resource
        rss = float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
        return js_obj([("rss", rss), ("heapTotal", rss), ("heapUsed", rss), ("external", 0.0),
                       ("arrayBuffers", 0.0)])

    @fn("cpuUsage")
    def cpu_usage(realm_, this):
        t = os.times()
        return js_obj([("user", float(int(t.user * 1e6))), ("system", float(int(t.system * 1e6)))])

    @fn("nextTick", 2)
    def next_tick(realm_, this, callback=UNDEFINED, args=UNDEFINED):
        from scopejs.runtime.objects.functions import JSFunctionBase
        if not isinstance(callback, JSFunctionBase):
            throw_type_error('The "callback" argument must be of type function.')
        items = [] if args is UNDEFINED else [args.get_index(i) for i in range(args.get_length())]
        host.ticks.append((callback, items))
        return UNDEFINED

    @fn("createRequire", 1)
    def create_require(realm_, this, filename=UNDEFINED):
        name = text(filename)
        module = node.loader.new_module(name, None)
        return node.loader.make_require(module)

    # -- os -----------------------------------------------------------------------------------
    @fn("osInfo")
    def os_info(realm_, this):
        import platform
        import socket
        uname = os.uname()
        try:
            load = os.getloadavg()
        except OSError:
            load = (0.0, 0.0, 0.0)
        pages = os.sysconf("SC_PHYS_PAGES") if hasattr(os, "sysconf") else 0
        page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 0
        avail = os.sysconf("SC_AVPHYS_PAGES") if hasattr(os, "sysconf") else 0
        import pwd
        try:
            user = pwd.getpwuid(os.getuid())
            user_info = js_obj([("uid", float(user.pw_uid)), ("gid", float(user.pw_gid)),
                                ("username", user.pw_name), ("homedir", user.pw_dir),
                                ("shell", user.pw_shell)])
        except KeyError:
            user_info = NULL
        return js_obj([
            ("hostname", to_code_units(socket.gethostname())), ("type", uname.sysname),
            ("release", uname.release), ("version", uname.version),
            ("machine", uname.machine), ("homedir", to_code_units(os.path.expanduser("~"))),
            ("tmpdir", to_code_units(os.environ.get("TMPDIR", "/tmp").rstrip("/") or "/")),
            ("cpus", float(os.cpu_count() or 1)), ("totalmem", float(pages * page)),
            ("freemem", float(avail * page)), ("loadavg", js_list(float(x) for x in load)),
            ("endianness", "LE" if sys.byteorder == "little" else "BE"),
            ("userInfo", user_info), ("platformRelease", platform.release()),
        ])

    # -- fs (only with the "fs" capability; lib/fs.js is refused without it) -----------------
    if "fs" in allow:
        from scopejs.host.node.fs_binding import install_fs_binding
        install_fs_binding(realm, binding, fn, js_list, js_obj, text)
    return binding


def raise_fs_error(realm, exc, syscall, path, dest=None):
    """node's fs error: `ENOENT: no such file or directory, open 'x'` with errno/code/syscall/path."""
    from scopejs.host.node.fs_binding import fs_error
    raise ThrowCompletion(fs_error(realm, exc, syscall, path, dest))

