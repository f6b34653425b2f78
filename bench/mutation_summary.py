"""Kill rate per module from `mutmut results --all true` listings.

"unrun" counts mutants a stopped run never reached (left out of the rate).
A surviving mutant named in bench/mutation-equivalent.md (in backticks) is
equivalent: no test can tell it from the original, so it counts neither as
killed nor as survived (a listed mutant that a test kills counts as killed).
Rate = killed / (mutants - equivalent); timeouts count as killed (the mutant
made the code loop), "no tests" as survived.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

EQUIVALENT = Path(__file__).with_name("mutation-equivalent.md")
LINE = re.compile(r"^\s*(?P<name>\S+): (?P<status>.+)$")
KILLED = {"killed", "timeout", "segfault"}


def module_of(name: str) -> str:
    """`frontline.model.bounds.x_combine__mutmut_3` -> `frontline.model.bounds`."""
    return re.split(r"\.x(?:_|ǁ)", name, maxsplit=1)[0]


def main(paths: list[str]) -> int:
    equivalent = set(re.findall(r"`([\w.ǁ]+__mutmut_\d+)`", EQUIVALENT.read_text()))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[str] = []
    for path in paths:
        for line in Path(path).read_text().splitlines():
            match = LINE.match(line)
            if not match:
                continue
            name, status = match["name"], match["status"].strip()
            module = module_of(name)
            if status in KILLED:  # killed even if listed (the list may be stale)
                counts[module]["killed"] += 1
            elif name in equivalent and status != "not checked":
                counts[module]["equivalent"] += 1
            elif status == "skipped":
                counts[module]["skipped"] += 1
            elif status == "not checked":  # the run was stopped before it
                counts[module]["unrun"] += 1
            else:
                counts[module]["survived"] += 1
                survivors.append(f"{name}: {status}")
    print(
        f"{'module':<34}{'mutants':>8}{'killed':>8}{'equiv.':>8}{'left':>6}"
        f"{'rate':>8}{'unrun':>7}"
    )
    for module in sorted(counts):
        c = counts[module]
        judged = c["killed"] + c["survived"]
        rate = f"{100.0 * c['killed'] / judged:.1f}%" if judged else "-"
        total = judged + c["equivalent"] + c["skipped"] + c["unrun"]
        print(
            f"{module:<34}{total:>8}{c['killed']:>8}{c['equivalent']:>8}"
            f"{c['survived']:>6}{rate:>8}{c['unrun'] or '':>7}"
        )
    if survivors:
        print("\nsurvivors:")
        print("\n".join(f"  {s}" for s in survivors))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
