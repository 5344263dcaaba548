"""Generate chime.wav: the sound Point B plays when a step timer reaches zero.

Run `python resources/sounds/make_chime.py` to rebuild it. Pure standard library (wave,
math): two bell-like tones (E6 then C6) with a few inharmonic partials and a soft
exponential decay, 1.4 s, 44.1 kHz, 16-bit mono. Loud enough to cut through a room's
chatter, short and soft enough not to startle it.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
LENGTH = 1.4  # seconds
VOLUME = 0.55  # of full scale, leaves headroom for the partials
# (start s, fundamental Hz): a falling major third, the classic "time's up" ding-dong
STRIKES = ((0.0, 1318.51), (0.32, 1046.50))
# Bell partials: (ratio to the fundamental, relative amplitude, decay per second)
PARTIALS = ((1.0, 1.0, 3.2), (2.0, 0.35, 5.0), (2.76, 0.18, 7.0), (5.4, 0.06, 11.0))
ATTACK = 0.004  # seconds of fade-in: no click at the start of a strike


def sample(t: float) -> float:
    value = 0.0
    for start, fundamental in STRIKES:
        local = t - start
        if local < 0:
            continue
        attack = min(1.0, local / ATTACK)
        for ratio, amplitude, decay in PARTIALS:
            value += (
                attack
                * amplitude
                * math.exp(-decay * local)
                * math.sin(2.0 * math.pi * fundamental * ratio * local)
            )
    fade_out = min(1.0, (LENGTH - t) / 0.05)  # the last 50 ms go quietly to silence
    return value * fade_out


def main() -> Path:
    frames = [sample(i / RATE) for i in range(int(RATE * LENGTH))]
    peak = max(abs(v) for v in frames) or 1.0
    target = Path(__file__).with_name("chime.wav")
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(
            b"".join(struct.pack("<h", round(v / peak * VOLUME * 32767)) for v in frames)
        )
    return target


if __name__ == "__main__":
    print(main())
