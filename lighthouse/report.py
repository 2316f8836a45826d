"""Read the Lighthouse reports of a run, write scores.json and the table in README.md, and fail
when a score is below the minimum: `python -m lighthouse.report 95` (lighthouse/run does it)."""

import json
import re
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
PAGES = {
    "home": "Home",
    "newsroom": "Newsroom",
    "release": "A press release",
    "field": "A field of work",
    "operation": "A field operation",
}
CATEGORIES = {
    "performance": "Performance",
    "accessibility": "Accessibility",
    "best-practices": "Best Practices",
    "seo": "SEO",
}


def main(minimum):
    scores, low, version = {}, [], None
    for name in PAGES:
        report = json.loads((HERE / "reports" / f"{name}.report.json").read_text())
        version = report["lighthouseVersion"]
        page = {"path": urlsplit(report["finalDisplayedUrl"]).path}
        page |= {key: round(report["categories"][key]["score"] * 100) for key in CATEGORIES}
        scores[name] = page
        low += [f"{name} {key} {page[key]}" for key in CATEGORIES if page[key] < minimum]

    today = date.today().isoformat()
    summary = {"measured": today, "lighthouse": version, "form_factor": "mobile", "pages": scores}
    (HERE / "scores.json").write_text(json.dumps(summary, indent=2) + "\n")

    rows = [
        "| page | " + " | ".join(CATEGORIES.values()) + " |",
        "| --- |" + " ---: |" * len(CATEGORIES),
        *(
            f"| {PAGES[name]} (`{page['path']}`) | "
            + " | ".join(str(page[key]) for key in CATEGORIES)
            + " |"
            for name, page in scores.items()
        ),
    ]
    table = f"Measured {today} with Lighthouse {version}, mobile settings:\n\n" + "\n".join(rows)
    print(table)
    readme = HERE / "README.md"
    readme.write_text(
        re.sub(
            r"(<!-- scores -->\n).*?(\n<!-- /scores -->)",
            lambda match: match[1] + table + match[2],
            readme.read_text(),
            flags=re.DOTALL,
        )
    )
    if low:
        sys.exit(f"Below {minimum}: " + ", ".join(low))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 95)
