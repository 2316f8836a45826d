# Photographs under random names, stored without their metadata (core.images.PhotoField).
# Files stored before this keep their names.

import core.images
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0008_bulk_change'),
    ]

    operations = [
        migrations.AlterField(
            model_name='pressrelease',
            name='photo',
            field=core.images.PhotoField(blank=True, height_field='photo_height', upload_to=core.images.photo_name, verbose_name='photograph', width_field='photo_width'),
        ),
    ]
