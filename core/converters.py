"""Path converters every app's URLs may use (registered in CoreConfig.ready)."""


class UnicodeSlugConverter:
    """`<uslug:slug>`: a slug in any script, as translated items may have (`izbory`, `выборы`).
    Django's `slug` converter takes ASCII only."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value
