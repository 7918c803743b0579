"""Build tests/gold/realworld/dev3.jsonl from the hand-written tuples (byte-identical on re-run); checks in ../set_maker.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from set_maker import make  # noqa: E402 (shared by dev3-dev5)
import dev3_af, dev3_world  # noqa: E402

if __name__ == "__main__":
    make("dev3", 2027, dev3_af.ROWS, dev3_world.G, ("dev.jsonl", "dev2.jsonl",))
