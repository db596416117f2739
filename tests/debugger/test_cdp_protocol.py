"""CDP methods one by one, from a minimal Python WebSocket client (masked frames, as RFC 6455
requires of clients) against `scopejs --inspect-brk` in a subprocess: runs without node."""
from __future__ import annotations

import base64
import json
import os
import socket
import struct
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.debugger.test_cdp import start
from scopejs.inspect.debugger.websocket import accept_key, encode_frame

PROGRAM = """function make() {
  const items = [1, 'two', {three: 3}];
  const map = new Map([['k', 1]]);
  const set = new Set([7]);
  let hits = 0;
  function touch(n) {
    hits += n;
    return hits;
  }
  return {items, map, set, touch};
}
const made = make();
for (let i = 0; i < 3; i++) {
  made.touch(i);
}
console.log('done', made.touch(0));
"""


class Client:
    def __init__(self, url):
        host_port, path = url[len("ws://"):].split("/", 1)
        host, port = host_port.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        assert b" 101 " in head.split(b"\r\n")[0]
        assert f"Sec-WebSocket-Accept: {accept_key(key)}".encode() in head
        self.next_id = 1
        self.events = []

    def _recv_exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return data

    def _receive(self):
        b0, b1 = self._recv_exact(2)
        n = b1 & 0x7F
        if n == 126:
            n = struct.unpack("!H", self._recv_exact(2))[0]
        elif n == 127:
            n = struct.unpack("!Q", self._recv_exact(8))[0]
        return json.loads(self._recv_exact(n))

    def send_raw(self, text):
        payload = text.encode()
        mask = os.urandom(4)
        frame = bytearray(encode_frame(payload))
        frame[1] |= 0x80
        header_len = len(frame) - len(payload)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes(frame[:header_len]) + mask + masked)

    def call(self, method, **params):
        msg_id = self.next_id
        self.next_id += 1
        self.send_raw(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = self._receive()
            if msg.get("id") == msg_id:
                return msg
            self.events.append(msg)

    def wait_event(self, method):
        for i, event in enumerate(self.events):
            if event["method"] == method:
                return self.events.pop(i)
        while True:
            msg = self._receive()
            if msg.get("method") == method:
                return msg
            self.events.append(msg)

    def close(self):
        self.sock.close()


@pytest.fixture
def session(tmp_path):
    path = tmp_path / "prog.js"
    path.write_text(PROGRAM)
    proc, url, _lines = start([sys.executable, "-m", "scopejs"], path)
    client = Client(url)
    client.call("Runtime.enable")
    client.call("Debugger.enable")
    yield client, path
    client.close()
    proc.communicate(timeout=30)


def _props(client, object_id):
    result = client.call("Runtime.getProperties", objectId=object_id, ownProperties=True)
    return result["result"]["result"]


def test_protocol_methods_on_a_paused_program(session):
    client, path = session
    assert client.call("No.suchMethod")["error"]["message"] == "'No.suchMethod' wasn't found"
    client.call("Runtime.runIfWaitingForDebugger")
    parsed = client.wait_event("Debugger.scriptParsed")["params"]
    start_pause = client.wait_event("Debugger.paused")["params"]
    assert start_pause["reason"] == "Break on start"
    assert parsed["url"] == "file://" + str(path) and parsed["endLine"] == 16
    script_id = parsed["scriptId"]
    source = client.call("Debugger.getScriptSource", scriptId=script_id)["result"]
    assert source["scriptSource"] == PROGRAM
    possible = client.call("Debugger.getPossibleBreakpoints",
                           start={"scriptId": script_id, "lineNumber": 6, "columnNumber": 0},
                           end={"scriptId": script_id, "lineNumber": 8, "columnNumber": 0})
    assert [(p["lineNumber"], p["columnNumber"]) for p in possible["result"]["locations"]] == \
        [(6, 4), (7, 4), (7, 16)]
    bp = client.call("Debugger.setBreakpoint", location={"scriptId": script_id, "lineNumber": 7},
                     condition="hits > 0")["result"]
    assert bp["actualLocation"] == {"scriptId": script_id, "lineNumber": 7, "columnNumber": 4}
    client.call("Debugger.resume")
    paused = client.wait_event("Debugger.paused")["params"]
    frame = paused["callFrames"][0]
    assert paused["hitBreakpoints"] == [bp["breakpointId"]]
    assert frame["functionName"] == "touch" and frame["location"]["lineNumber"] == 7
    # the condition skipped the first call (hits 0 + 0): this is i == 1
    scopes = {s["type"]: s for s in frame["scopeChain"]}
    assert [s["type"] for s in frame["scopeChain"]] == ["local", "closure", "script", "global"]
    assert scopes["closure"]["name"] == "make"
    closure = {p["name"]: p["value"] for p in _props(client, scopes["closure"]["object"]
                                                     ["objectId"])}
    # trimmed as V8 trims it: only `hits` is captured (items, map, set lived in registers)
    assert closure == {"hits": {"type": "number", "value": 1, "description": "1"}}
    local = {p["name"]: p["value"] for p in _props(client, scopes["local"]["object"]["objectId"])}
    assert local["n"]["value"] == 1
    this = frame["this"]
    assert this["className"] == "Object" and this["preview"]["properties"][0]["name"] == "items" \
        if "preview" in this else this["className"] == "Object"
    this_props = {p["name"]: p["value"] for p in _props(client, this["objectId"])}
    items = this_props["items"]
    assert (items["subtype"], items["description"]) == ("array", "Array(3)")
    item_props = {p["name"]: p["value"] for p in _props(client, items["objectId"])}
    assert item_props["1"] == {"type": "string", "value": "two"}
    assert item_props["length"]["value"] == 3
    assert this_props["map"]["description"] == "Map(1)" and this_props["map"]["subtype"] == "map"
    assert this_props["set"]["description"] == "Set(1)"
    map_result = client.call("Runtime.getProperties", objectId=this_props["map"]["objectId"],
                             ownProperties=True)["result"]
    entries = {p["name"]: p["value"] for p in map_result["internalProperties"]}["[[Entries]]"]
    (entry,) = _props(client, entries["objectId"])
    assert entry["value"]["description"] == '{"k" => 1}'
    # a function's [[Scopes]]
    fn_internal = client.call("Runtime.getProperties", objectId=this_props["touch"]["objectId"],
                              ownProperties=True)["result"]["internalProperties"]
    fn_scopes = {p["name"]: p["value"] for p in fn_internal}["[[Scopes]]"]
    assert fn_scopes["description"] == "Scopes[3]"
    labels = [p["value"]["description"] for p in _props(client, fn_scopes["objectId"])]
    assert labels == ["Closure (make)", "Script", "Global"]
    # evaluation in the frame and globally; callFunctionOn with this = the object
    ev = client.call("Debugger.evaluateOnCallFrame", callFrameId=frame["callFrameId"],
                     expression="hits + n * 100")["result"]
    assert ev["result"]["value"] == 101
    bad = client.call("Debugger.evaluateOnCallFrame", callFrameId=frame["callFrameId"],
                      expression="nope")["result"]
    assert bad["exceptionDetails"]["exception"]["description"].startswith(
        "ReferenceError: nope is not defined")
    eager = client.call("Debugger.evaluateOnCallFrame", callFrameId=frame["callFrameId"],
                        expression="hits++", throwOnSideEffect=True)["result"]
    assert eager["exceptionDetails"]["exception"]["description"].startswith(
        "EvalError: Possible side-effect in debug-evaluate")
    glob = client.call("Runtime.evaluate", expression="typeof made",
                       returnByValue=True)["result"]
    assert glob["result"] == {"type": "string", "value": "object"}
    called = client.call("Runtime.callFunctionOn", objectId=this["objectId"],
                         functionDeclaration="function (k) { return this.items.length + k; }",
                         arguments=[{"value": 10}], returnByValue=True)["result"]
    assert called["result"]["value"] == 13
    # step out gives the return value; then remove the breakpoint and run to the end
    client.call("Debugger.stepOut")
    client.wait_event("Debugger.resumed")
    out = client.wait_event("Debugger.paused")["params"]
    assert out["callFrames"][0]["returnValue"]["value"] == 1
    assert out["callFrames"][0]["location"]["lineNumber"] == 13
    client.call("Debugger.removeBreakpoint", breakpointId=bp["breakpointId"])
    client.call("Debugger.resume")
    logged = client.wait_event("Runtime.consoleAPICalled")["params"]
    assert logged["type"] == "log"
    assert logged["args"] == [{"type": "string", "value": "done"},
                              {"type": "number", "value": 3, "description": "3"}]


def test_pause_while_running_and_set_pause_on_exceptions(tmp_path):
    path = tmp_path / "loop.js"
    path.write_text("let n = 0;\nwhile (n >= 0) {\n  n++;\n  if (n === 3e6) n = -10;\n}\n"
                    "try { null.x } catch (e) {}\n")
    proc, url, _ = start([sys.executable, "-m", "scopejs"], path)
    client = Client(url)
    try:
        client.call("Debugger.enable")
        client.call("Debugger.setPauseOnExceptions", state="all")
        client.call("Runtime.runIfWaitingForDebugger")
        client.wait_event("Debugger.paused")
        client.call("Debugger.resume")
        client.call("Debugger.pause")
        paused = client.wait_event("Debugger.paused")["params"]
        assert paused["reason"] == "other"
        assert paused["callFrames"][0]["location"]["lineNumber"] in (1, 2, 3)
        client.call("Debugger.evaluateOnCallFrame", callFrameId="0", expression="n = 2999990")
        client.call("Debugger.resume")
        exc = client.wait_event("Debugger.paused")["params"]
        assert exc["reason"] == "exception" and exc["data"]["uncaught"] is False
        assert exc["data"]["description"].startswith("TypeError: Cannot read properties of null")
        client.call("Debugger.resume")
    finally:
        client.close()
        proc.communicate(timeout=60)
    assert proc.returncode == 0
