"""The framer: prefixes, suffixes, noise, split frames and stale half scans, byte by byte."""

from __future__ import annotations

from app.devices.framing import CR, ETX, LF, STX, ScanFramer


def test_a_crlf_split_across_reads_gives_one_scan() -> None:
    framer = ScanFramer()
    assert framer.feed(b"40063813", 0.0) == []
    assert framer.feed(b"33931\r", 0.05) == ["4006381333931"]
    assert framer.feed(b"\n", 0.06) == []


def test_three_scans_in_one_read_and_leading_noise() -> None:
    framer = ScanFramer()
    assert framer.feed(b"\x00\xffA1\r\nB2\r\nC3\r\n", 0.0) == ["A1", "B2", "C3"]


def test_stx_etx_frames_drop_the_bytes_around_them() -> None:
    framer = ScanFramer(prefix=STX, suffix=ETX)
    assert framer.feed(b"\x00junk" + STX + b"SO-1" + ETX + CR + LF + STX + b"SO-2", 0.0) == ["SO-1"]
    assert framer.feed(ETX, 0.1) == ["SO-2"]


def test_a_frame_without_the_configured_prefix_is_rejected() -> None:
    framer = ScanFramer(prefix=STX, suffix=ETX)
    assert framer.feed(b"SO-1" + ETX, 0.0) == []
    assert framer.rejected == 1


def test_frames_with_control_or_non_ascii_bytes_are_rejected() -> None:
    framer = ScanFramer()
    assert framer.feed(b"AB\x07CD\r\nA\xc3\xa9\r\nOK\r\n", 0.0) == ["OK"]
    assert framer.rejected == 2


def test_gs1_separators_survive_framing() -> None:
    assert ScanFramer().feed(b"0109506000134352\x1d10LOT\r", 0.0) == [
        "0109506000134352\x1d10LOT"]


def test_a_stale_half_scan_is_discarded() -> None:
    framer = ScanFramer(stale_after=0.5)
    framer.feed(b"12345", 0.0)
    assert framer.feed(b"678\r", 2.0) == ["678"]
    assert framer.discarded == 1


def test_endless_garbage_without_terminator_is_dropped() -> None:
    framer = ScanFramer(max_length=16)
    assert framer.feed(b"X" * 40, 0.0) == []
    assert framer.feed(b"OK\r", 0.01) == ["OK"]
