"""A one-line progress bar for long checks, on a terminal only.

No dependency: a long check calls the bar with ``(done, total)`` after each chunk, and the
bar redraws one line on standard error at most ten times a second. It stays silent when
standard error is not a terminal (a pipe, a file, CI logs), when ``TERM=dumb``, and for the
first half second, so quick runs never show it.
"""

from __future__ import annotations

import os
import time
from typing import Callable, TextIO

__all__ = ["ProgressBar"]


class ProgressBar:
    """Call it with ``(done, total)``; :meth:`close` wipes the line."""

    def __init__(
        self,
        stream: TextIO,
        label: str = "",
        *,
        width: int = 24,
        interval: float = 0.1,
        delay: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.label = label
        self.width = width
        self.interval = interval
        self.delay = delay
        self._clock = clock
        self._started = clock()
        self._last_draw: float | None = None
        self._drawn = 0  # length of the line on screen

    @classmethod
    def for_terminal(cls, stream: TextIO, label: str = "") -> ProgressBar | None:
        """A bar on ``stream`` if it is a terminal, else None."""
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError, OSError):
            return None
        if not tty or os.environ.get("TERM") == "dumb":
            return None
        return cls(stream, label)

    def __call__(self, done: int, total: int) -> None:
        now = self._clock()
        if now - self._started < self.delay and done < total:
            return
        if self._last_draw is not None and now - self._last_draw < self.interval and done < total:
            return
        self._last_draw = now
        self._draw(self.line(done, total, now - self._started))

    def line(self, done: int, total: int, elapsed: float) -> str:
        """The text of the bar: label, bar, percentage, amount, speed and time left."""
        fraction = min(1.0, done / total) if total else 1.0
        filled = int(fraction * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        parts = [f"[{bar}] {fraction * 100:3.0f}%", f"{_size(done)}/{_size(total)}"]
        if elapsed > 0 and done:
            speed = done / elapsed
            parts.append(f"{_size(speed)}/s")
            if done < total:
                parts.append(f"{(total - done) / speed:.0f}s left")
        head = f"{self.label}  " if self.label else ""
        return head + "  ".join(parts)

    def _draw(self, text: str) -> None:
        pad = " " * max(0, self._drawn - len(text))
        try:
            self.stream.write("\r" + text + pad)
            self.stream.flush()
        except (OSError, ValueError):
            return
        self._drawn = len(text)

    def close(self) -> None:
        """Wipe the bar, leaving the cursor at the start of an empty line."""
        if self._drawn:
            try:
                self.stream.write("\r" + " " * self._drawn + "\r")
                self.stream.flush()
            except (OSError, ValueError):
                pass
            self._drawn = 0


def _size(chars: float) -> str:
    """A number of characters as kB or MB (one character is about one byte of English text)."""
    if chars >= 1_000_000:
        return f"{chars / 1_000_000:.1f} MB"
    return f"{chars / 1000:.0f} kB"
