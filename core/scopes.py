"""Editorial scopes, for the admins of every app: the structures a staff member is limited to.

Mission staff work on their own operation only: its press releases, and its page's content
(news.EditorialScope holds which structures a user is limited to). The admins that must honour
a scope are in apps below news (missions, fields, countries, structures), which do not import
it: news tells this module at start-up how to read a user's scope (`read_scopes_with()`), as it
tells core.deletion what needs an object, and those admins ask `scope_of()` (through the mixins
of core.admin).
"""

_read = None


def read_scopes_with(reader):
    """`reader(user)`: the structures `user` is limited to, or None when unlimited."""
    global _read
    _read = reader


def scope_of(user):
    """The structures `user`'s editorial scope limits them to (a list), or None when nothing
    limits them (nor can: no app has said how to read scopes)."""
    return None if _read is None else _read(user)
