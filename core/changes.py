"""What a write sets off, once it has committed: one place per app, whatever the write path.

Each app connects receivers to its models' signals (post_save, post_delete, m2m_changed) in its
`receivers.py`, loaded by its AppConfig. The admin, bulk actions, services, the data commands and
a shell all write through the ORM, so they all set off the same consequences. (`bulk_create()` and
`QuerySet.update()` send no signals: code that uses them calls the app's consequence function
itself, as `generate_press_releases` does.)

A receiver hands its consequence to `after_commit()`. Within a transaction the consequence waits
for the commit: a cache version retired before the commit would let a concurrent request store
numbers computed from the old rows under the new version, for the whole of their timeout. The
items of every call with the same action are gathered, so a transaction that touches a thousand
releases retires the cache once and rebuilds their search documents in one statement. A rolled
back transaction sets off nothing; outside a transaction the action runs at once.
"""

import logging
from functools import partial

from django.db import DEFAULT_DB_ALIAS, transaction

logger = logging.getLogger(__name__)

PENDING = "_osce_pending_after_commit"


def after_commit(action, *items, using=DEFAULT_DB_ALIAS):
    """Call `action(items)` once the current transaction commits, `items` being the set of all
    items given with `action` in that transaction (hashable: ids, for example)."""
    connection = transaction.get_connection(using)
    pending = connection.__dict__.setdefault(PENDING, {})
    pending.setdefault(action, set()).update(items)
    # Registered with each call, not once: a savepoint rolled back takes its callbacks with it,
    # and the next call must still be carried out. Only the first callback to run finds items.
    transaction.on_commit(partial(_run, connection, action), using=using, robust=True)


def _run(connection, action):
    items = connection.__dict__.get(PENDING, {}).pop(action, None)
    if items is not None:
        action(items)
