"""Path converters every app's URLs may use (registered in CoreConfig.ready)."""


class UnicodeSlugConverter:
    """`<uslug:slug>`: a slug in any script, as translated items may have (`izbory`, `выборы`).
    Django's `slug` converter takes ASCII only."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class UnicodeSlugPathConverter(UnicodeSlugConverter):
    """`<upath:path>`: slugs in any script joined by slashes (`about-us/our-history`), the
    address of a page in a tree."""

    regex = r"[-\w]+(?:/[-\w]+)*"
