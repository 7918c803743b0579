"""Build tests/gold/realworld/dev5.jsonl from the hand-written tuples (byte-identical on re-run); checks in ../set_maker.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from set_maker import make  # noqa: E402 (shared by dev3-dev5)
import dev5_af, dev5_world  # noqa: E402

if __name__ == "__main__":
    make("dev5", 2029, dev5_af.ROWS, dev5_world.G, ("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl",))
