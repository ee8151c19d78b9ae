"""What the command line prints is one line per line it means: a newline or other
control character typed into an argument (or stored in a text) is shown escaped (\\n),
never acted on by the terminal."""

from __future__ import annotations


def one_line(text: str) -> str:
    """An error is always one line: a newline or other control character typed into an
    argument (or a file name) is shown escaped (\\n), never acted on by the terminal."""
    out = []
    for ch in str(text):
        if ch in "\u2028\u2029\x85" or ord(ch) < 32 or ord(ch) == 127:
            out.append(repr(ch)[1:-1] if ord(ch) < 128 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)
