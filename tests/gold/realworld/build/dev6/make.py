"""Build tests/gold/realworld/dev6.jsonl from the hand-written tuples (byte-identical on re-run); checks in ../set_maker.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from set_maker import make  # noqa: E402 (shared by dev3-dev6)
import dev6_af, dev6_world  # noqa: E402

if __name__ == "__main__":
    make("dev6", 3167, dev6_af.ROWS, dev6_world.G,
         ("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl"))
