"""Covering indexes on the link tables the newsroom filters and counts by (PostgreSQL only).

Django's own indexes on these tables start with the release; facets and filters start from the
field of work or the source, and with both columns in one index they never read the table.
"""

from django.db import migrations

INDEXES = [
    ("news_link_field_release_idx", "news_pressrelease_fields_of_work", "fieldofwork_id"),
    ("news_link_source_release_idx", "news_pressrelease_sources", "structure_id"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, table, column in INDEXES:
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column}, pressrelease_id)"
            )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, _table, _column in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("news", "0004_published_index")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
