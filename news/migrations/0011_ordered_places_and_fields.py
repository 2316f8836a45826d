"""A release's places and fields of work keep the order the editor gives them (core.ordered):
each relation goes through a model of its own, whose rows have a position.

The link tables keep their rows: they are renamed to the new models' tables, as Django's
"Changing a ManyToManyField to use a through model" does, and gain the position. Each release's
links are then numbered in the order the site has shown them so far (the places' and fields'
names, their models' ordering), so that no page changes until an editor orders them.
"""

import django.db.models.deletion
from django.db import migrations, models

import core.ordered

# (model, its foreign key to the related model)
LINKS = [("ReleasePlace", "place"), ("ReleaseFieldOfWork", "fieldofwork")]


def rename(old, new):
    return migrations.RunSQL(
        f"ALTER TABLE {old} RENAME TO {new}", reverse_sql=f"ALTER TABLE {new} RENAME TO {old}"
    )


def number_links(apps, schema_editor):
    """Number each release's links 0, 1, 2... in the related model's order (PostgreSQL and
    SQLite 3.33 or newer: UPDATE ... FROM, window functions), in one statement per table."""
    quote = schema_editor.quote_name
    for model_name, target_name in LINKS:
        link = apps.get_model("news", model_name)
        target = link._meta.get_field(target_name)
        related = target.related_model._meta
        order = [
            f"related.{quote(related.get_field(name.lstrip('-')).column)}"
            + (" DESC" if name.startswith("-") else "")
            for name in related.ordering
        ] + [f"related.{quote(related.pk.column)}"]
        table = quote(link._meta.db_table)
        schema_editor.execute(
            f"""
            UPDATE {table} SET position = numbered.position
            FROM (
                SELECT link.id, ROW_NUMBER() OVER (
                    PARTITION BY link.pressrelease_id ORDER BY {", ".join(order)}
                ) - 1 AS position
                FROM {table} link
                JOIN {quote(related.db_table)} related ON related.id = link.{quote(target.column)}
            ) AS numbered
            WHERE {table}.id = numbered.id
            """
        )


class Migration(migrations.Migration):
    dependencies = [
        ("fields", "0003_updated_at"),
        ("news", "0010_release_photos_protected"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                rename("news_pressrelease_places", "news_releaseplace"),
                rename("news_pressrelease_fields_of_work", "news_releasefieldofwork"),
            ],
            state_operations=[
                migrations.CreateModel(
                    name="ReleasePlace",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "pressrelease",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="place_links",
                                to="news.pressrelease",
                                verbose_name="press release",
                            ),
                        ),
                        (
                            "place",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="release_links",
                                to="news.place",
                                verbose_name="place",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "place of a release",
                        "verbose_name_plural": "places of releases",
                        "unique_together": {("pressrelease", "place")},
                    },
                ),
                migrations.AlterField(
                    model_name="pressrelease",
                    name="places",
                    field=core.ordered.OrderedManyToManyField(
                        help_text=(
                            "In the order of the dateline: the first place is the one the text "
                            "starts with. To move a place to the end, remove it and choose it "
                            "again."
                        ),
                        related_name="press_releases",
                        through="news.ReleasePlace",
                        to="news.place",
                        verbose_name="places (dateline)",
                    ),
                ),
                migrations.CreateModel(
                    name="ReleaseFieldOfWork",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "pressrelease",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="field_links",
                                to="news.pressrelease",
                                verbose_name="press release",
                            ),
                        ),
                        (
                            "fieldofwork",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="release_links",
                                to="fields.fieldofwork",
                                verbose_name="field of work",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "field of work of a release",
                        "verbose_name_plural": "fields of work of releases",
                        "unique_together": {("pressrelease", "fieldofwork")},
                    },
                ),
                migrations.AlterField(
                    model_name="pressrelease",
                    name="fields_of_work",
                    field=core.ordered.OrderedManyToManyField(
                        help_text=(
                            "In the order the release lists them, the main one first. To move "
                            "one to the end, remove it and choose it again."
                        ),
                        related_name="press_releases",
                        through="news.ReleaseFieldOfWork",
                        to="fields.fieldofwork",
                        verbose_name="fields of work",
                    ),
                ),
            ],
        ),
        migrations.AddField(
            model_name="releaseplace",
            name="position",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="position"),
        ),
        migrations.AddField(
            model_name="releasefieldofwork",
            name="position",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="position"),
        ),
        migrations.RunPython(number_links, migrations.RunPython.noop),
        # The unique pair Django's link tables had, as a named constraint.
        migrations.AlterUniqueTogether(name="releaseplace", unique_together=set()),
        migrations.AddConstraint(
            model_name="releaseplace",
            constraint=models.UniqueConstraint(
                fields=("pressrelease", "place"), name="release_place_once"
            ),
        ),
        migrations.AlterUniqueTogether(name="releasefieldofwork", unique_together=set()),
        migrations.AddConstraint(
            model_name="releasefieldofwork",
            constraint=models.UniqueConstraint(
                fields=("pressrelease", "fieldofwork"), name="release_field_of_work_once"
            ),
        ),
    ]
