"""The site's own settings, with the collected static files in the Lighthouse run's temporary
folder (LIGHTHOUSE_STATIC_ROOT) instead of the project's staticfiles/."""

import os

from osce_site.settings import *  # noqa: F403

STATIC_ROOT = os.environ["LIGHTHOUSE_STATIC_ROOT"]
