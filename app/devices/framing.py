"""ScanFramer: turns the raw byte stream of a serial scanner into whole, clean scans."""

from __future__ import annotations

from dataclasses import dataclass, field

CR, LF, STX, ETX = b"\r", b"\n", b"\x02", b"\x03"
# Names shown in the settings screen -> bytes on the wire.
AFFIXES: dict[str, bytes] = {"none": b"", "CR": CR, "LF": LF, "CRLF": CR + LF,
                             "STX": STX, "ETX": ETX}
_ALLOWED = set(range(0x20, 0x7F)) | {0x1D}  # printable ASCII plus GS (GS1 FNC1)


@dataclass
class ScanFramer:
    """Feed bytes with the time they arrived; get back complete scans.

    A frame ends at the suffix (for CR, LF or CRLF: at any run of CR/LF, so a CRLF split across
    reads is harmless). Noise between frames is dropped, frames with control or non-ASCII bytes
    are rejected, and a half scan older than `stale_after` seconds is discarded.
    """

    prefix: bytes = b""
    suffix: bytes = CR + LF
    stale_after: float = 0.5
    max_length: int = 512
    rejected: int = 0
    discarded: int = 0
    _buffer: bytearray = field(default_factory=bytearray)
    _last: float = 0.0

    def feed(self, data: bytes, now: float) -> list[str]:
        """Add bytes received at monotonic time `now`; return the scans they completed."""
        self.expire(now)
        if data:
            self._buffer += data
            self._last = now
        pieces = self._split()
        if len(self._buffer) > self.max_length:  # a terminator never came: not a scan
            self._buffer.clear()
            self.discarded += 1
        return [code for code in (self._clean(p) for p in pieces) if code]

    def expire(self, now: float) -> None:
        """Drop a half scan that stopped arriving (a scanner unplugged mid-code, a glitch)."""
        if self._buffer and now - self._last > self.stale_after:
            self._buffer.clear()
            self.discarded += 1

    def _split(self) -> list[bytes]:
        data = bytes(self._buffer)
        if self.suffix and set(self.suffix) <= {0x0D, 0x0A}:
            data = data.replace(CR, LF)
            *pieces, rest = data.split(LF)
        elif self.suffix:
            *pieces, rest = data.split(self.suffix)
        else:  # no suffix configured: only CR/LF can end a scan
            *pieces, rest = data.replace(CR, LF).split(LF)
        self._buffer = bytearray(rest)
        return pieces

    def _clean(self, piece: bytes) -> str | None:
        if self.prefix:
            at = piece.rfind(self.prefix)
            if at < 0:
                if piece.strip(b"\r\n\x00\xff \t"):
                    self.rejected += 1
                return None
            piece = piece[at + len(self.prefix):]
        piece = _strip_noise(piece)
        if not piece:
            return None
        if any(b not in _ALLOWED for b in piece):
            self.rejected += 1
            return None
        return piece.decode("ascii")


_NOISE = set(range(0x00, 0x21)) | {0x7F, 0xFF}  # line noise: controls, spaces, idle-high 0xFF


def _strip_noise(piece: bytes) -> bytes:
    start, end = 0, len(piece)
    while start < end and piece[start] in _NOISE:
        start += 1
    while end > start and piece[end - 1] in _NOISE:
        end -= 1
    return piece[start:end]
