"""The language a request is answered in."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LanguageMiddleware:
    """Answer a public page in the language its path names, and the admin in the editor's.

    Django's LocaleMiddleware does the first part too, but it adds `Vary: Accept-Language` to
    every unprefixed page (English here), which would make a front cache keep one copy of each
    English page per browser language for nothing: the language of a public page is in its
    path (`/ru/news/`), and an unprefixed one is English whatever the browser prefers. The
    admin and the staff pages under it are not translated content: they follow the editor's
    choice (the language cookie Django's `set_language` view sets) or browser, where Django and
    our catalogs have the language, and vary on those.

    Outside the middleware (management commands, the shell) the language is the settings' one.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.staff_prefix = "/admin/"

    def __call__(self, request):
        staff = request.path_info.startswith(self.staff_prefix)
        if staff:
            language = translation.get_language_from_request(request)
        else:
            language = translation.get_language_from_path(request.path_info)
            language = language or settings.LANGUAGE_CODE
        # For this request only: code that runs after it in the same thread (a test, a
        # management command) is back in the language it was in.
        with translation.override(language):
            request.LANGUAGE_CODE = translation.get_language()
            response = self.get_response(request)
        if staff:
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
