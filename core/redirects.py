"""Old addresses keep working: a renamed object's previous URL answers with a permanent redirect.

Built on django.contrib.redirects, whose middleware turns a 404 on an old path into a 301.
"""

from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site


def remember_old_address(old_path, new_path):
    """Send `old_path` (and everything that pointed at it) to `new_path` from now on."""
    if not old_path or old_path == new_path:
        return
    site = Site.objects.get_current()
    redirects = Redirect.objects.filter(site=site)
    # The new address is live again: it must not redirect anywhere.
    redirects.filter(old_path=new_path).delete()
    # Earlier renames jump straight to the new address instead of chaining.
    redirects.filter(new_path=old_path).update(new_path=new_path)
    Redirect.objects.update_or_create(site=site, old_path=old_path, defaults={"new_path": new_path})
