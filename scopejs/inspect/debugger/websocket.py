"""A minimal WebSocket server side (RFC 6455) over a plain socket: the opening handshake, text
frames in and out, ping/pong and close.  Enough for a CDP client (Chrome DevTools, VS Code,
chrome-remote-interface, `ws`); the stdlib has no WebSocket and the protocol needs only this, so
the engine keeps no dependency.
"""
from __future__ import annotations

import base64
import hashlib
import struct
import threading

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"   # RFC 6455 section 1.3

OP_CONTINUATION, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA


def accept_key(key: str) -> str:
    """Sec-WebSocket-Accept for a client's Sec-WebSocket-Key (section 4.2.2 step 5.4)."""
    return base64.b64encode(hashlib.sha1((key.strip() + GUID).encode()).digest()).decode()


def handshake_response(key: str) -> bytes:
    return ("HTTP/1.1 101 Switching Protocols\r\n"
            "Upgrade: websocket\r\n"
            "Connection: Upgrade\r\n"
            f"Sec-WebSocket-Accept: {accept_key(key)}\r\n\r\n").encode()


def encode_frame(payload: bytes, opcode=OP_TEXT) -> bytes:
    """One final, unmasked frame (servers never mask, section 5.1)."""
    n = len(payload)
    head = bytes([0x80 | opcode])
    if n < 126:
        head += bytes([n])
    elif n < 1 << 16:
        head += bytes([126]) + struct.pack("!H", n)
    else:
        head += bytes([127]) + struct.pack("!Q", n)
    return head + payload


class ConnectionClosed(Exception):
    pass


class WebSocket:
    """A server-side connection on an accepted socket whose handshake is done."""

    def __init__(self, sock, buffered=b""):
        self.sock = sock
        self.buffer = bytearray(buffered)
        self.send_lock = threading.Lock()
        self.closed = False

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionClosed()
            self.buffer += chunk
        data = bytes(self.buffer[:n])
        del self.buffer[:n]
        return data

    def _read_frame(self):
        b0, b1 = self._read(2)
        fin, opcode = b0 & 0x80, b0 & 0x0F
        masked, n = b1 & 0x80, b1 & 0x7F
        if n == 126:
            n = struct.unpack("!H", self._read(2))[0]
        elif n == 127:
            n = struct.unpack("!Q", self._read(8))[0]
        mask = self._read(4) if masked else None
        payload = self._read(n)
        if mask is not None:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        return bool(fin), opcode, payload

    def receive(self) -> str:
        """The next text message (binary messages are decoded as UTF-8 too)."""
        parts = []
        while True:
            fin, opcode, payload = self._read_frame()
            if opcode == OP_CLOSE:
                self.close(payload[:2] if len(payload) >= 2 else b"")
                raise ConnectionClosed()
            if opcode == OP_PING:
                self._send(payload, OP_PONG)
                continue
            if opcode == OP_PONG:
                continue
            parts.append(payload)
            if fin:
                return b"".join(parts).decode("utf-8", "surrogatepass")

    def _send(self, payload, opcode):
        with self.send_lock:
            if self.closed:
                raise ConnectionClosed()
            try:
                self.sock.sendall(encode_frame(payload, opcode))
            except OSError as exc:
                self.closed = True
                raise ConnectionClosed() from exc

    def send(self, text: str):
        self._send(text.encode("utf-8", "surrogatepass"), OP_TEXT)

    def close(self, code=b"\x03\xe8"):
        if not self.closed:
            try:
                self._send(code, OP_CLOSE)
            except ConnectionClosed:
                pass
            self.closed = True
        try:
            self.sock.close()
        except OSError:
            pass
