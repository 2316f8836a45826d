"""The GIN index behind full-text search, on PostgreSQL only (SQLite has no tsvector)."""

from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS news_release_search_gin "
            "ON news_pressrelease USING gin (search_vector)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS news_release_search_gin")


class Migration(migrations.Migration):
    dependencies = [("news", "0002_press_release_type_and_search")]

    operations = [migrations.RunPython(create_index, drop_index)]
