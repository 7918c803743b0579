"""Build tests/gold/realworld/dev7.jsonl from the hand-written tuples (byte-identical on re-run); checks in ../set_maker.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from set_maker import make  # noqa: E402 (shared by dev3-dev7)
import dev7_af, dev7_world  # noqa: E402

if __name__ == "__main__":
    make("dev7", 4271, dev7_af.ROWS, dev7_world.G,
         ("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev6.jsonl"))
