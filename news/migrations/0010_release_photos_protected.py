"""Press releases' photographs under random names, outside the public media (core.media).

Files stored before this keep their names. A release's photograph already stored is moved from
the public media into the protected storage, stripped of its metadata on the way, and its
renditions in the public media are deleted: new ones are made in the protected storage when a
page first shows it.
"""

import posixpath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import migrations

import core.images
import core.media


def renditions_folder(storage, name):
    """Where the renditions of the photograph `name` of `storage` are (core.images)."""
    if isinstance(storage, core.media.ProtectedStorage):
        return posixpath.join(settings.IMAGEKIT_CACHEFILE_DIR, name)
    return posixpath.join(settings.IMAGEKIT_CACHEFILE_DIR, posixpath.splitext(name)[0])


def move(name, source, target, *, strip):
    if not source.exists(name) or target.exists(name):
        return
    with source.open(name) as file:
        content = file.read()
    if strip:
        try:
            content = core.images.without_metadata(ContentFile(content)).read()
        except ValidationError:
            pass  # not a photograph Pillow reads: moved as it is
    target.save(name, ContentFile(content))
    source.delete(name)
    folder = renditions_folder(source, name)
    if source.exists(folder):
        _subfolders, files = source.listdir(folder)
        for file in files:  # not the subfolders: other photographs' renditions
            source.delete(posixpath.join(folder, file))


def names(apps):
    PressRelease = apps.get_model("news", "PressRelease")
    protected = PressRelease._meta.get_field("photo").storage
    stored = PressRelease.objects.exclude(photo="").values_list("photo", flat=True).distinct()
    return protected, list(stored)


def into_protected_storage(apps, schema_editor):
    protected, stored = names(apps)
    for name in stored:
        move(name, default_storage, protected, strip=True)


def back_into_public_media(apps, schema_editor):
    protected, stored = names(apps)
    for name in stored:
        move(name, protected, default_storage, strip=False)


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0009_photo_names'),
    ]

    operations = [
        migrations.AlterField(
            model_name='pressrelease',
            name='photo',
            field=core.images.PhotoField(blank=True, db_index=True, height_field='photo_height', storage=core.media.ProtectedStorage('news:media'), upload_to=core.images.photo_name, verbose_name='photograph', width_field='photo_width'),
        ),
        migrations.RunPython(into_protected_storage, back_into_public_media),
    ]
