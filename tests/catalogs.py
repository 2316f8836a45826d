"""The interface catalogs (locale/<language>/LC_MESSAGES/django.po) as the tests see them.

`compile_catalogs()` builds the .mo files the site reads, as `make catalogs` does, so that
pytest run on its own tests the translated interface too. `read_catalog()` reads a .po file's
entries: the few lines of the format the tests need, rather than a dependency.
"""

import ast
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
# What makemessages leaves out, as the Makefile's `messages` target does (I18N_IGNORE).
IGNORED = [".venv", "node_modules", "staticfiles", "tests"]


def catalogs():
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))


def compile_catalogs():
    """Compile every catalog whose .mo is missing or older than its .po.

    Each .mo is written to a temporary file beside it and renamed into place, so that a process
    reading it (another test session, a running server) never sees half a file.
    """
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        raise RuntimeError("msgfmt is missing: install GNU gettext (apt-get install gettext)")
    for po in catalogs():
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        handle, temporary = tempfile.mkstemp(dir=po.parent, prefix=".django-", suffix=".mo")
        os.close(handle)
        try:
            subprocess.run([msgfmt, "--check-format", "-o", temporary, po], check=True)
            os.chmod(temporary, 0o644)  # as msgfmt would leave it, not mkstemp's owner-only
            os.replace(temporary, mo)
        finally:
            Path(temporary).unlink(missing_ok=True)


@dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)

    @property
    def key(self):
        return (self.msgctxt, self.msgid, self.msgid_plural)


LINE = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])? (".*")$')


def read_catalog(path):
    """The entries of a .po file, header and obsolete (#~) entries left out."""
    entries = []
    for block in Path(path).read_text(encoding="utf-8").split("\n\n"):
        values, flags, last = {}, set(), None
        for line in block.splitlines():
            if line.startswith("#,"):
                flags |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith('"') and last:
                values[last] += ast.literal_eval(line)
            elif match := LINE.match(line):
                name, index, text = match.groups()
                last = (name, int(index or 0))
                values[last] = ast.literal_eval(text)
        if values.get(("msgid", 0)):
            entries.append(
                Entry(
                    msgid=values[("msgid", 0)],
                    msgctxt=values.get(("msgctxt", 0)),
                    msgid_plural=values.get(("msgid_plural", 0)),
                    msgstr={i: text for (name, i), text in values.items() if name == "msgstr"},
                    flags=flags,
                )
            )
    return entries


def plural_count(path):
    """nplurals of a catalog's Plural-Forms header."""
    header = Path(path).read_text(encoding="utf-8").split("\n\n", 1)[0]
    return int(re.search(r"nplurals=(\d+)", header).group(1))
