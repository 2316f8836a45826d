"""The address a request comes from, for django-axes' lockout per address.

Behind `TRUSTED_PROXY_COUNT` reverse proxies (0 unless set: the site answers visitors itself),
each proxy appends the address it received the request from to `X-Forwarded-For`, so the
client's address is the one the first of them appended: the `TRUSTED_PROXY_COUNT`-th from the
right. Everything to its left was written by the client and is not believed.

Why not django-ipware, which axes uses when it is installed: with one proxy its 8.x engine
expects the proxy's own address inside the header, and for a header with an entry the client
added itself it answers with REMOTE_ADDR, the proxy. Every visitor who adds an entry would then
share one address, and five wrong passwords among them would lock out everyone behind the proxy.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The client's IP address, as the trusted proxies saw it (REMOTE_ADDR without proxies)."""
    remote_address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote_address
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if len(forwarded) < proxies:
        # Not through all the proxies, or not through one that writes the header: the direct
        # peer is all that is known.
        return remote_address
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote_address
