#!/usr/bin/env bash
# Benchmark: builds a synthetic archive of N meetings (default 5000) with the release binary
# and prints the time. Usage: scripts/bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r content "$work/content"
python3 - "$work/content" "$count" <<'PY'
import os, sys, datetime
root, count = sys.argv[1], int(sys.argv[2])
start = datetime.date(2000, 1, 3)
for n in range(count):
    day = start + datetime.timedelta(days=n)
    folder = os.path.join(root, "meetings", str(day.year))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{day}-sro-{n % 7 + 2}.md"), "w") as f:
        f.write(f"""---
body: sro
date: {day}
start: "13:00"
end: "15:00"
location: Regionens hus, Göteborg
topics: [halso-och-sjukvardsavtal]
participants:
  - group: Kommunpolitiker
    members:
      - {{ name: Marina Johansson, party: S, org: Göteborgsregionen, role: vice ordförande }}
      - {{ name: Miguel Odhner, party: S, org: Göteborgsregionen, absent: true }}
decisions:
  - item: 2
    kind: noterar
    text: SRO noterar informationen.
---
## 1. Mötets öppnande

Ordföranden öppnar mötet. Se [organet](/organ/sro/).

## 2. Information

| Datum | Steg |
| --- | --- |
| {day} | Förslag |

Text om **avtalet** med en [länk](https://www.vardsamverkan.se).
""")
PY
run() { /usr/bin/time -f "  %e s, %M KiB minne" .build/release/samverkan "$@" --content "$work/content" --today 2026-11-24 2>&1 >/dev/null | grep -v "warning:\|varning" || true; }
echo "$count syntetiska möten:"
echo "- rent bygge (tom utmapp):"; run build --output "$work/site"
echo "- bygge igen, inget ändrat (inget skrivs):"; run build --output "$work/site"
echo "- check:"; run check
