"""Constraints that only one database backend can hold.

The site runs on PostgreSQL in production and on SQLite by default (development, most tests).
An exclusion constraint (one position, one holder at any date: people.Appointment) has no
SQLite equivalent, and Django's `ExclusionConstraint` would write PostgreSQL's syntax into an
SQLite table. `PostgresOnlyExclusionConstraint` is that constraint on PostgreSQL and nothing
elsewhere: no SQL (creating, remaking or dropping a table on SQLite leaves it out) and no
validation query (the model's `clean()` says the same in words on every backend, before any
write). The migration that adds it stays the same on both backends, so `makemigrations` sees
no difference between them.
"""

from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateRangeField
from django.db import DEFAULT_DB_ALIAS, connections, models


def is_postgresql(connection):
    return connection.vendor == "postgresql"


class PostgresOnlyExclusionConstraint(ExclusionConstraint):
    """An ExclusionConstraint on PostgreSQL; on any other backend, none."""

    def constraint_sql(self, model, schema_editor):
        if not is_postgresql(schema_editor.connection):
            return None
        return super().constraint_sql(model, schema_editor)

    def create_sql(self, model, schema_editor):
        if not is_postgresql(schema_editor.connection):
            return None
        return super().create_sql(model, schema_editor)

    def remove_sql(self, model, schema_editor):
        if not is_postgresql(schema_editor.connection):
            return None
        return super().remove_sql(model, schema_editor)

    def validate(self, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
        if not is_postgresql(connections[using]):
            return
        super().validate(model, instance, exclude=exclude, using=using)


class DateRange(models.Func):
    """PostgreSQL's daterange(start, end, '[]') of two date fields: both days included, and no
    upper bound where `end` is empty (an appointment still held)."""

    function = "daterange"
    template = "%(function)s(%(expressions)s, '[]')"
    output_field = DateRangeField()


def ensure_btree_gist(using=DEFAULT_DB_ALIAS, **kwargs):
    """Create PostgreSQL's `btree_gist` extension if it is missing: a pre_migrate receiver (the
    app whose constraint needs it connects it), for the databases made without migrations (the
    tests'), whose tables are created before any migration's BtreeGistExtension would run. A
    trusted extension: the database's owner may create it."""
    db = connections[using]
    if is_postgresql(db):
        with db.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
