"""The Chrome DevTools Protocol server: `scopejs --inspect[=HOST:PORT] FILE` / `--inspect-brk`.

As node does: HTTP on HOST:PORT (default 127.0.0.1:9229; port 0 picks a free one) answers
/json, /json/list and /json/version; the WebSocket endpoint ws://HOST:PORT/<uuid> speaks CDP
(websocket.py frames it).  Threads: one accepts connections and one reads the client's
messages into a queue; every message is handled on the interpreter's thread, at a pause, at the
next statement while the program runs (the core's ``interrupt`` flag), before the run
(--inspect-brk waits for Runtime.runIfWaitingForDebugger) and after it (a connected client keeps
the process until it disconnects, as node's "Waiting for the debugger to disconnect...").

Implemented: Runtime.enable/disable/evaluate/getProperties/callFunctionOn/releaseObject(Group)/
runIfWaitingForDebugger (events executionContextCreated, consoleAPICalled, exceptionThrown) and
Debugger.enable/disable/getScriptSource/setBreakpointByUrl/setBreakpoint/removeBreakpoint/
getPossibleBreakpoints/pause/resume/stepInto/stepOver/stepOut/evaluateOnCallFrame/
setPauseOnExceptions/setBreakpointsActive/setSkipAllPauses (events scriptParsed, paused,
resumed, breakpointResolved).  Methods clients send that have nothing to do here (Profiler.enable,
setAsyncCallStackDepth, ...) answer {}; anything else answers node's "method not found" error.
"""
from __future__ import annotations

import json
import os
import queue
import re
import socket
import sys
import threading
import time
import uuid

from scopejs.inspect.debugger.core import (RESUME, STEP_INTO, STEP_OUT, STEP_OVER, Debugger,
                                           Frontend)
from scopejs.inspect.debugger.remote import RemoteObjects
from scopejs.inspect.debugger.websocket import ConnectionClosed, WebSocket, handshake_response

PROTOCOL_VERSION = "1.3"
_DISCONNECT = object()
_ACCEPTED_NOOPS = frozenset((
    "Profiler.enable", "Profiler.disable", "HeapProfiler.enable", "HeapProfiler.disable",
    "Runtime.setAsyncCallStackDepth", "Debugger.setAsyncCallStackDepth",
    "Debugger.setBlackboxPatterns", "Debugger.setBlackboxedRanges", "Runtime.addBinding",
    "Runtime.setCustomObjectFormatterEnabled", "Runtime.discardConsoleEntries",
    "Debugger.setInstrumentationBreakpoint", "Network.enable", "NodeRuntime.enable",
    "NodeWorker.enable", "Log.enable",
    "Debugger.removeInstrumentationBreakpoint", "Runtime.releaseObjectGroup",
    "Overlay.enable", "Page.enable", "Target.setAutoAttach", "Target.setDiscoverTargets",
))


class InspectorServer:
    """HTTP + WebSocket endpoint; messages go to ``inbox`` (None-like _DISCONNECT on close)."""

    def __init__(self, host, port, title, url):
        self.id = str(uuid.uuid4())
        self.title = title
        self.url = url
        self.inbox = queue.Queue()
        self.ws = None
        self.on_message = None      # called (in the reader thread) when a message arrives
        self.sock = socket.create_server((host, port))
        self.host, self.port = self.sock.getsockname()[:2]
        threading.Thread(target=self._accept, daemon=True, name="cdp-accept").start()

    @property
    def ws_url(self):
        return f"ws://{self.host}:{self.port}/{self.id}"

    def targets(self):
        address = f"{self.host}:{self.port}/{self.id}"
        return [{
            "description": "scopejs instance",
            "devtoolsFrontendUrl": "devtools://devtools/bundled/js_app.html?experiments=true"
                                   f"&v8only=true&ws={address}",
            "devtoolsFrontendUrlCompat": "devtools://devtools/bundled/inspector.html?"
                                         f"experiments=true&v8only=true&ws={address}",
            "faviconUrl": "https://nodejs.org/static/images/favicons/favicon.ico",
            "id": self.id, "title": self.title, "type": "node", "url": self.url,
            "webSocketDebuggerUrl": self.ws_url,
        }]

    def _accept(self):
        while True:
            try:
                conn, _addr = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True,
                             name="cdp-conn").start()

    def _serve(self, conn):
        try:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    conn.close()
                    return
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            parts = lines[0].split(" ")
            path = parts[1] if len(parts) > 1 else "/"
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            if headers.get("upgrade", "").lower() == "websocket":
                if path.rstrip("/") != "/" + self.id or self.ws is not None:
                    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                    conn.close()
                    return
                conn.sendall(handshake_response(headers.get("sec-websocket-key", "")))
                self._read_loop(WebSocket(conn, rest))
                return
            path = path.split("?")[0].rstrip("/")
            if path in ("/json", "/json/list"):
                self._http(conn, 200, self.targets())
            elif path == "/json/version":
                self._http(conn, 200, {"Browser": "scopejs/" + _version(),
                                       "Protocol-Version": PROTOCOL_VERSION})
            elif path == "/json/protocol":
                self._http(conn, 200, {"version": {"major": "1", "minor": "3"}, "domains": []})
            else:
                self._http(conn, 404, {"error": f"unknown path {path}"})
        except OSError:
            conn.close()

    @staticmethod
    def _http(conn, status, body):
        payload = json.dumps(body, indent=2).encode()
        reason = "OK" if status == 200 else "Not Found"
        conn.sendall(f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json; "
                     f"charset=UTF-8\r\nContent-Length: {len(payload)}\r\n\r\n".encode()
                     + payload)
        conn.close()

    def _read_loop(self, ws):
        self.ws = ws
        try:
            while True:
                self.inbox.put(ws.receive())
                if self.on_message is not None:
                    self.on_message()
        except (ConnectionClosed, OSError, UnicodeDecodeError):
            pass
        finally:
            ws.close()
            self.ws = None
            self.inbox.put(_DISCONNECT)
            if self.on_message is not None:
                self.on_message()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def _version():
    try:
        from importlib.metadata import version
        return version("scopejs")
    except Exception:  # noqa: BLE001 - not installed as a distribution: a source checkout
        return "dev"


# console method -> Runtime.consoleAPICalled type
CONSOLE_TYPES = {"log": "log", "info": "info", "warn": "warning", "error": "error",
                 "debug": "debug", "dir": "dir", "table": "table", "trace": "trace"}


def observe_console(realm, report):
    """Report each call of the console methods above as ``report(type, args)`` before it runs.
    The built-in function objects stay the same objects (only the Python behaviour behind them
    is wrapped), so nothing the program can observe changes."""
    console = realm.global_object.GetOwnProperty("console")
    if console is None or console.value is None:
        return
    for name, kind in CONSOLE_TYPES.items():
        desc = console.value.GetOwnProperty(name)
        fn = desc.value if desc is not None else None
        behavior = getattr(fn, "behavior", None)
        if behavior is None:
            continue

        def wrapped(realm_, this, *args, _behavior=behavior, _kind=kind):
            report(_kind, args)
            return _behavior(realm_, this, *args)
        fn.behavior = wrapped


class CDPSession(Frontend):
    """One debugging session: the CDP domains on top of the debugger core."""

    def __init__(self, server, break_on_start=False):
        self.server = server
        self.break_on_start = break_on_start
        self.waiting = break_on_start
        self.debugger = None
        self.engine = None
        self.remote = RemoteObjects()
        self.runtime_enabled = False
        self.debugger_enabled = False
        self.pause = None
        self.action = None
        self.connected = False
        self.notify_waiting = False
        self._exception_ids = 0
        server.on_message = self._message_arrived

    # -- wiring --------------------------------------------------------------------------------
    def attach(self, engine):
        self.engine = engine
        self.debugger = Debugger(engine, self).attach()
        observe_console(engine.realm, self.console_called)
        if self.waiting:
            while self.waiting:
                self._handle(self.server.inbox.get())
            self.debugger.request_pause()

    def _message_arrived(self):
        if self.debugger is not None:
            self.debugger.interrupt = True

    def finish(self):
        """After the program: serve a connected client until it disconnects."""
        if self.connected or self.server.ws is not None:
            print("Waiting for the debugger to disconnect...", file=sys.stderr, flush=True)
            if self.notify_waiting:
                self.event("NodeRuntime.waitingForDisconnect", {})
            while self.server.ws is not None or not self.server.inbox.empty():
                self._handle(self.server.inbox.get())
        self.server.close()

    # -- messages --------------------------------------------------------------------------------
    def send(self, message):
        ws = self.server.ws
        if ws is None:
            return
        try:
            ws.send(json.dumps(message))
        except ConnectionClosed:
            pass

    def event(self, method, params):
        self.send({"method": method, "params": params})

    def on_interrupt(self):
        while True:
            try:
                message = self.server.inbox.get_nowait()
            except queue.Empty:
                return
            self._handle(message)

    def _handle(self, raw):
        if raw is _DISCONNECT:
            self.connected = False
            self.waiting = False
            self.runtime_enabled = self.debugger_enabled = False
            if self.debugger is not None:
                for bp_id in list(self.debugger.breakpoints):
                    self.debugger.remove_breakpoint(bp_id)
                self.debugger.pause_on_exceptions = "none"
            if self.pause is not None:
                self.action = RESUME
            return
        self.connected = True
        try:
            message = json.loads(raw)
        except ValueError:
            return
        msg_id = message.get("id")
        method = message.get("method", "")
        params = message.get("params") or {}
        handler = getattr(self, "cdp_" + method.replace(".", "_"), None)
        try:
            if handler is not None:
                result = handler(params)
            elif method in _ACCEPTED_NOOPS:
                result = {}
            else:
                self.send({"id": msg_id, "error": {"code": -32601,
                                                   "message": f"'{method}' wasn't found"}})
                return
        except _CDPError as err:
            self.send({"id": msg_id, "error": {"code": -32000, "message": str(err)}})
            return
        except Exception as exc:  # noqa: BLE001 - a bug here must not kill the debuggee
            self.send({"id": msg_id, "error": {
                "code": -32603,
                "message": f"scopejs internal error in {method}: {type(exc).__name__}: {exc}"}})
            return
        self.send({"id": msg_id, "result": result if result is not None else {}})

    # -- Runtime ---------------------------------------------------------------------------------
    def cdp_Runtime_enable(self, params):
        if not self.runtime_enabled:
            self.runtime_enabled = True
            self.event("Runtime.executionContextCreated", {"context": {
                "id": 1, "origin": "", "name": f"scopejs[{os.getpid()}]",
                "uniqueId": self.server.id, "auxData": {"isDefault": True}}})
        return {}

    def cdp_Runtime_disable(self, params):
        self.runtime_enabled = False
        return {}

    def cdp_Runtime_runIfWaitingForDebugger(self, params):
        self.waiting = False
        return {}

    def cdp_NodeRuntime_notifyWhenWaitingForDisconnect(self, params):
        self.notify_waiting = bool(params.get("enabled"))
        return {}

    def cdp_Runtime_getIsolateId(self, params):
        return {"id": self.server.id}

    def _side_effect_refused(self, params):
        """DevTools evaluates as the user types with throwOnSideEffect; nothing here proves an
        expression free of side effects, so all such evaluations are refused, as V8 refuses
        the ones it cannot prove."""
        if not params.get("throwOnSideEffect"):
            return None
        error = self.engine.realm.new_error("EvalError", "Possible side-effect in debug-evaluate")
        return self._evaluation_result(False, error, params)

    def cdp_Runtime_evaluate(self, params):
        self._need_engine()
        refused = self._side_effect_refused(params)
        if refused is not None:
            return refused
        ok, value = self.debugger.evaluate_global(params.get("expression", ""))
        return self._evaluation_result(ok, value, params)

    def cdp_Runtime_callFunctionOn(self, params):
        self._need_engine()
        ok, fn = self.debugger.evaluate_global("(" + params.get("functionDeclaration", "") + ")")
        if not ok:
            return self._evaluation_result(ok, fn, params)
        from scopejs.runtime.values import UNDEFINED
        this = UNDEFINED
        if params.get("objectId"):
            this = self._object(params["objectId"])
        args = [self._argument(a) for a in params.get("arguments") or ()]
        ok, value = self.debugger.call_function_on(fn, this, args)
        return self._evaluation_result(ok, value, params)

    def cdp_Runtime_getProperties(self, params):
        object_id = params.get("objectId")
        result, internal = self.remote.properties(object_id,
                                                  preview=params.get("generatePreview", False))
        if result is None:
            raise _CDPError("Could not find object with given id")
        if params.get("accessorPropertiesOnly"):
            return {"result": [p for p in result if "get" in p or "set" in p]}
        out = {"result": result}
        if internal:
            out["internalProperties"] = internal
        return out

    def cdp_Runtime_releaseObject(self, params):
        return {}

    # -- Debugger --------------------------------------------------------------------------------
    def cdp_Debugger_enable(self, params):
        self._need_engine()
        if not self.debugger_enabled:
            self.debugger_enabled = True
            for script in self.debugger.scripts.values():
                self.on_script(script)
        return {"debuggerId": self.server.id.replace("-", "")}

    def cdp_Debugger_disable(self, params):
        self.debugger_enabled = False
        return {}

    def cdp_Debugger_getScriptSource(self, params):
        script = self._script(params.get("scriptId"))
        return {"scriptSource": script.text}

    def cdp_Debugger_setBreakpointByUrl(self, params):
        self._need_engine()
        url = params.get("url")
        url_regex = params.get("urlRegex") if url is None else None
        if url is None and url_regex is None:
            raise _CDPError("Either url or urlRegex must be specified.")
        if url_regex is not None:
            try:
                re.compile(url_regex)
            except re.error as exc:
                raise _CDPError(f"Incorrect regular expression: {exc}") from None
        bp = self.debugger.set_breakpoint(url=url, url_regex=url_regex,
                                          line=params.get("lineNumber", 0),
                                          column=params.get("columnNumber", 0),
                                          condition=params.get("condition"))
        return {"breakpointId": bp.id, "locations": [self._location(s, o)
                                                     for s, o in bp.locations]}

    def cdp_Debugger_setBreakpoint(self, params):
        self._need_engine()
        location = params.get("location") or {}
        script = self._script(location.get("scriptId"))
        bp = self.debugger.set_breakpoint(script_id=script.id, line=location.get("lineNumber", 0),
                                          column=location.get("columnNumber", 0),
                                          condition=params.get("condition"))
        if not bp.locations:
            self.debugger.remove_breakpoint(bp.id)
            raise _CDPError("Could not resolve breakpoint")
        return {"breakpointId": bp.id, "actualLocation": self._location(*bp.locations[0])}

    def cdp_Debugger_removeBreakpoint(self, params):
        self._need_engine()
        self.debugger.remove_breakpoint(params.get("breakpointId"))
        return {}

    def cdp_Debugger_getPossibleBreakpoints(self, params):
        start = params.get("start") or {}
        script = self._script(start.get("scriptId"))
        begin = script.offset(start.get("lineNumber", 0), start.get("columnNumber", 0))
        end = params.get("end")
        stop = script.offset(end.get("lineNumber", 0), end.get("columnNumber", 0)) \
            if end else None
        return {"locations": [self._location(script, o)
                              for o in self.debugger.possible_breakpoints(script, begin, stop)]}

    def cdp_Debugger_pause(self, params):
        self._need_engine()
        self.debugger.request_pause()
        return {}

    def _resume_with(self, action):
        if self.pause is None:
            raise _CDPError("Can only perform operation while paused.")
        self.action = action
        return {}

    def cdp_Debugger_resume(self, params):
        return self._resume_with(RESUME)

    def cdp_Debugger_stepInto(self, params):
        return self._resume_with(STEP_INTO)

    def cdp_Debugger_stepOver(self, params):
        return self._resume_with(STEP_OVER)

    def cdp_Debugger_stepOut(self, params):
        return self._resume_with(STEP_OUT)

    def cdp_Debugger_evaluateOnCallFrame(self, params):
        if self.pause is None:
            raise _CDPError("Can only perform operation while paused.")
        frames = self.pause.call_frames
        try:
            frame = frames[int(params.get("callFrameId", "0"))]
        except (ValueError, IndexError):
            raise _CDPError("Invalid call frame id") from None
        refused = self._side_effect_refused(params)
        if refused is not None:
            return refused
        ok, value = frame.evaluate(params.get("expression", ""))
        return self._evaluation_result(ok, value, params)

    def cdp_Debugger_setPauseOnExceptions(self, params):
        self._need_engine()
        state = params.get("state", "none")
        if state not in ("none", "uncaught", "all", "caught"):
            raise _CDPError(f"Unknown pause on exceptions mode: {state}")
        self.debugger.pause_on_exceptions = "all" if state == "caught" else state
        return {}

    def cdp_Debugger_setBreakpointsActive(self, params):
        self._need_engine()
        self.debugger.breakpoints_active = bool(params.get("active", True))
        return {}

    def cdp_Debugger_setSkipAllPauses(self, params):
        self._need_engine()
        self.debugger.skip_all = bool(params.get("skip", False))
        return {}

    # -- frontend callbacks from the core ------------------------------------------------------
    def on_script(self, script):
        if not self.debugger_enabled:
            return
        end_line, end_column = script.end_position
        self.event("Debugger.scriptParsed", {
            "scriptId": script.id, "url": script.url, "startLine": 0, "startColumn": 0,
            "endLine": end_line, "endColumn": end_column, "executionContextId": 1,
            "hash": _hash(script.text), "executionContextAuxData": {"isDefault": True},
            "isLiveEdit": False, "sourceMapURL": "", "hasSourceURL": False,
            "isModule": script.is_module, "length": len(script.text),
            "scriptLanguage": "JavaScript", "embedderName": script.url})
        for bp in self.debugger.breakpoints.values():
            for s, offset in bp.locations:
                if s is script:
                    self.event("Debugger.breakpointResolved",
                               {"breakpointId": bp.id, "location": self._location(s, offset)})

    def on_pause(self, pause):
        if not self.debugger_enabled or self.server.ws is None:
            return RESUME
        self.pause = pause
        self.action = None
        params = {"callFrames": [self._call_frame(i, cf)
                                 for i, cf in enumerate(pause.call_frames)],
                  "reason": pause.reason if pause.reason != "step" else "other",
                  "hitBreakpoints": pause.hit_breakpoints}
        if self.break_on_start:
            self.break_on_start = False
            params["reason"] = "Break on start"
        if pause.reason == "exception":
            value, uncaught = pause.data
            data = self.remote.wrap(value, preview=True)
            data["uncaught"] = uncaught
            params["data"] = data
        self.event("Debugger.paused", params)
        try:
            while self.action is None:
                self._handle(self.server.inbox.get())
        finally:
            self.pause = None
        return self.action

    def on_resumed(self):
        if self.debugger_enabled:
            self.event("Debugger.resumed", {})

    def on_uncaught(self, value, call_frames):
        if not self.runtime_enabled:
            return
        self._exception_ids += 1
        top = call_frames[0] if call_frames else None
        details = {"exceptionId": self._exception_ids, "text": "Uncaught",
                   "lineNumber": 0, "columnNumber": 0,
                   "exception": self.remote.wrap(value, preview=True)}
        if top is not None:
            script, line, column = top.location
            details.update(lineNumber=line, columnNumber=column, scriptId=script.id,
                           url=script.url)
        self.event("Runtime.exceptionThrown", {"timestamp": time.time() * 1000,
                                               "exceptionDetails": details})

    def console_called(self, kind, args):
        if not self.runtime_enabled:
            return
        self.event("Runtime.consoleAPICalled", {
            "type": kind, "args": [self.remote.wrap(a, preview=True) for a in args],
            "executionContextId": 1, "timestamp": time.time() * 1000,
            "stackTrace": {"callFrames": []}})

    # -- helpers ---------------------------------------------------------------------------------
    def _need_engine(self):
        if self.debugger is None:
            raise _CDPError("the program has not started yet")

    def _script(self, script_id):
        self._need_engine()
        script = self.debugger.scripts.get(str(script_id))
        if script is None:
            raise _CDPError("No script for id: " + str(script_id))
        return script

    @staticmethod
    def _location(script, offset):
        line, column = script.position(offset)
        return {"scriptId": script.id, "lineNumber": line, "columnNumber": column}

    def _call_frame(self, index, cf):
        script, line, column = cf.location
        sfi = cf.sfi
        out = {
            "callFrameId": str(index),
            "functionName": cf.function_name,
            "functionLocation": self._location(script, sfi.source_start or 0),
            "location": {"scriptId": script.id, "lineNumber": line, "columnNumber": column},
            "url": script.url,
            "scopeChain": [self.remote.wrap_scope(view) for view in cf.scope_chain()],
            "this": self.remote.wrap(cf.this),
            "canBeRestarted": False,
        }
        if index == 0 and self.pause.has_return_value:
            out["returnValue"] = self.remote.wrap(self.pause.return_value)
        return out

    def _object(self, object_id):
        entry = self.remote.get(object_id)
        if entry is None or entry[0] != "value":
            raise _CDPError("Could not find object with given id")
        return entry[1]

    def _argument(self, arg):
        from scopejs.runtime.values import NULL, UNDEFINED
        if "objectId" in arg:
            return self._object(arg["objectId"])
        if "unserializableValue" in arg:
            text = arg["unserializableValue"]
            return {"NaN": float("nan"), "Infinity": float("inf"),
                    "-Infinity": float("-inf"), "-0": -0.0}.get(text, UNDEFINED)
        if "value" not in arg:
            return UNDEFINED
        value = arg["value"]
        if value is None:
            return NULL
        if isinstance(value, bool) or isinstance(value, str):
            return value
        if isinstance(value, (int, float)):
            return float(value)
        return self.engine.host.to_js(value)

    def _evaluation_result(self, ok, value, params):
        remote = self.remote.wrap(value, preview=params.get("generatePreview", False),
                                  by_value=params.get("returnByValue", False))
        if ok:
            return {"result": remote}
        self._exception_ids += 1
        return {"result": remote, "exceptionDetails": {
            "exceptionId": self._exception_ids, "text": "Uncaught", "lineNumber": 0,
            "columnNumber": 0, "exception": remote}}


class _CDPError(Exception):
    pass


def _hash(text):
    import hashlib
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def parse_address(value, default_host="127.0.0.1", default_port=9229):
    """--inspect[=[HOST:]PORT] -> (host, port)."""
    if not value or value is True:
        return default_host, default_port
    host, sep, port = str(value).rpartition(":")
    if not sep:
        return default_host, int(port)
    return host or default_host, int(port)


def run_inspector(args, source, name) -> int:
    """What --inspect / --inspect-brk do: serve CDP around a normal run of the program."""
    from scopejs.cli import run_cli
    brk = args.inspect_brk is not None
    host, port = parse_address(args.inspect_brk if brk else args.inspect)
    url = ("file://" + os.path.abspath(name)) if os.path.isfile(name) else name
    server = InspectorServer(host, port, os.path.basename(name), url)
    print(f"Debugger listening on {server.ws_url}\nFor help, see: "
          "https://nodejs.org/en/docs/inspector", file=sys.stderr, flush=True)
    session = CDPSession(server, break_on_start=brk)
    try:
        return run_cli(args, source, name, attach=session.attach)
    finally:
        session.finish()
