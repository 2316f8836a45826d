"""
Settings for the OSCE site.

Every secret and every deployment choice comes from the environment (or from a
`.env` file in the project folder, or the file ENV_FILE names; real environment
variables override it).
`.env.example` lists them all. DEBUG is off unless set; with DEBUG off the site
refuses to start without a SECRET_KEY.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from dotenv import load_dotenv

BASE_DIR = Path(__file__).resolve().parent.parent

# ENV_FILE names another file to read instead (or /dev/null for none).
load_dotenv(os.environ.get("ENV_FILE") or BASE_DIR / ".env", override=False)


def env_bool(name, default=False):
    value = os.environ.get(name, "")
    if not value:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Put it in the environment or in .env (see .env.example); "
        "`make run` creates a .env with a fresh key for local development."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.redirects",
    "django.contrib.sites",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "taggit",
    "treebeard",
    "reversion",
    "reversion_compare",
    "django_prose_editor",
    "imagekit",
    # The background tasks' queue in the database (django.tasks; `manage.py db_worker` runs them).
    "django_tasks_db",
    # The project's layers, bottom to top (README, "Layout"; `make lint` checks them).
    "core",
    "countries",
    "structures",
    "missions",
    "fields",
    "news",
    "publications",
    "projects",
    "events",
    "people",
    "pages",
    "search",
    "seed",
    "staff",
    # Logging in to the admin (staff/): lockout after failed attempts, a second factor.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
]
# Development tools (screenshots): on a developer's machine only, never in production.
if DEBUG:
    INSTALLED_APPS.append("devtools")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "staff.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.contrib.redirects.middleware.RedirectFallbackMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "osce_site.urls"
WSGI_APPLICATION = "osce_site.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Each transaction takes SQLite's write lock when it begins: two admin saves of the same
    # release run one after the other, and the second sees the first (an edit conflict).
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Logging in to the admin (staff/, README "Roles"). django-axes first: it refuses a login that
# is locked out before a password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five failed attempts lock out the account (from any address) and the address (for any
# account) for 30 minutes after the last one; an Administrator unlocks in the admin (Axes,
# Access attempts: delete) or with `manage.py axes_reset_username NAME`.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "staff.views.locked_out"
# The reverse proxies in front of the site that append the client's address to
# X-Forwarded-For (0: none, the site's peer is the client). staff.addresses explains.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "staff.addresses.client_address"
# The second factor (django-otp): the issuer named in authenticator apps; device secrets and
# backup codes are not shown in the admin.
OTP_TOTP_ISSUER = "OSCE site"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# Passkeys (django-otp-webauthn), added by a logged-in user in place of typing a code: after the
# password only, never instead of it. A passkey belongs to the domain WEBAUTHN_RP_ID and is
# accepted only from the addresses in WEBAUTHN_ORIGINS (the defaults suit `make run` opened at
# http://localhost:8000; production sets both, e.g. www.osce.org and https://www.osce.org).
OTP_WEBAUTHN_RP_ID = os.environ.get("WEBAUTHN_RP_ID", "localhost")
OTP_WEBAUTHN_RP_NAME = OTP_TOTP_ISSUER
OTP_WEBAUTHN_ALLOWED_ORIGINS = env_list("WEBAUTHN_ORIGINS", "http://localhost:8000")
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
OTP_WEBAUTHN_HELPER_CLASS = "staff.passkeys.PasskeyHelper"
# A staff session lasts a working day at most, and ends when the browser closes.
SESSION_COOKIE_AGE = 9 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The site's languages (core.languages): English, the source language of every item, at
# unprefixed addresses; every other one under its prefix (/ru/news/). A comma-separated list
# of Django's language codes; adding one is this setting plus its reference names and,
# for the interface, a catalog (README, "Languages").
LANGUAGE_CODE = "en"
SITE_LANGUAGES = [
    code.strip()
    for code in os.environ.get("SITE_LANGUAGES", "en,fr,de,it,ru,es,sr,sq,mk,uk").split(",")
    if code.strip()
]
if not SITE_LANGUAGES or SITE_LANGUAGES[0] != LANGUAGE_CODE:
    raise ImproperlyConfigured("SITE_LANGUAGES must start with en, the source language.")
if unknown := [code for code in SITE_LANGUAGES if code not in LANG_INFO]:
    raise ImproperlyConfigured(f"SITE_LANGUAGES names unknown language codes: {unknown}")
LANGUAGES = [(code, LANG_INFO[code]["name"]) for code in SITE_LANGUAGES]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Vienna")
USE_I18N = True
USE_TZ = True
# The interface's catalogs (README, "Interface translations"): locale/<language>/LC_MESSAGES/
# django.po, compiled by `make` (the .mo files are not kept in git).
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates as each language writes them: templates name Django's formats (DATE_FORMAT, ...), and
# osce_site/formats/ sets those where the site's differ from Django's.
FORMAT_MODULE_PATH = ["osce_site.formats"]
# No thousands separator in every number a template shows (years, image widths in attributes);
# counts of results are grouped where they are shown (`intcomma`, django.contrib.humanize).
USE_THOUSAND_SEPARATOR = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Uploads: photographs only, kept well below what a server should hold in memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

TAGGIT_CASE_INSENSITIVE = True

# Security: safe defaults everywhere, HTTPS-only settings behind SECURE_HTTPS.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy on every response (Django's own): the site's own files only, inline
# scripts only with the response's nonce (`{{ csp_nonce }}`; the admin's media get it through
# `{% csp_nonce_attr %}`), no plugins, no framing, forms only to this site. Inline styles stay
# allowed: the admin's rich-text editor (tiptap) and select2 write style elements and attributes
# at run time, and a style cannot run code.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
# Browser features the site never uses, switched off for it and anything it might embed
# (django-permissions-policy).
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope",
        "magnetometer", "microphone", "midi", "payment", "usb", "interest-cohort",
    ]
}  # fmt: skip
if env_bool("SECURE_HTTPS"):
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Preloading is a commitment browsers ship for months (hstspreload.org): only on request.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# SQLite, the embedded default, builds covering indexes without their extra columns.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
if not env_bool("SECURE_HSTS_PRELOAD"):
    # check --deploy asks for HSTS preloading; it is a deliberate choice (SECURE_HSTS_PRELOAD).
    SILENCED_SYSTEM_CHECKS.append("security.W021")

# The site's own settings.
NEWS_PAGE_SIZE = 20
PUBLICATIONS_PAGE_SIZE = 20
PROJECTS_PAGE_SIZE = 20
# OSCE stories (/stories/): large photographs, so fewer to a page than the newsroom.
STORIES_PAGE_SIZE = 12
# Past meetings per page of /events/ (the upcoming ones are all listed above them).
EVENTS_PAGE_SIZE = 20
# How long a client or proxy may keep an events calendar (.ics) before asking again.
EVENT_CALENDAR_CACHE_SECONDS = 60 * 60
# The domain in each event's calendar UID (event-<id>@<domain>): it names the event for good, so
# it must not change with the host a request came to.
EVENT_UID_DOMAIN = os.environ.get("EVENT_UID_DOMAIN") or "osce.org"
# What a publication's PDF may be at most (publications.validation).
PUBLICATION_MAX_FILE_BYTES = int(os.environ.get("PUBLICATION_MAX_FILE_BYTES") or 50 * 1024 * 1024)
PUBLICATION_MAX_PAGES = int(os.environ.get("PUBLICATION_MAX_PAGES") or 2000)
PUBLICATION_FILE_CACHE_SECONDS = 3600
# How long newsroom counts (facets, results) and the rendered navigation may be reused at most;
# editors' changes retire them at once (core.cache).
NEWS_COUNTS_CACHE_SECONDS = 60
NAVIGATION_CACHE_SECONDS = 600
NEWS_BULK_INLINE_LIMIT = 200

# Background tasks (django.tasks): work a request should not wait for, such as a publication's
# cover, page count and text (publications.tasks). By default they are queued in the database
# and run by `manage.py db_worker` (django-tasks-db; `make run` starts one beside the server);
# TASKS_BACKEND=django.tasks.backends.immediate.ImmediateBackend runs each at once instead, in
# the process that queues it (the tests do).
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND") or "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# Shared cache for several server processes: REDIS_URL=redis://127.0.0.1:6379/1 (else each
# process keeps a local-memory cache). Without Redis the site serves uncached pages rather than
# errors (core.cache_backends), and waits at most a quarter of a second for it.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }

# Photographs (core.images): what an upload may be. Keep PHOTO_MAX_PIXELS below Pillow's
# own guard against decompression bombs (it warns above 89 megapixels, refuses above 178).
PHOTO_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
PHOTO_MAX_PIXELS = 40_000_000
# Pages show resized renditions made by django-imagekit when a photograph is saved or loaded by
# the data commands (core.images), stored beside it under CACHE/images/; whether one exists is
# remembered in the cache (no database table).
IMAGEKIT_CACHEFILE_DIR = "CACHE/images"

# Photographs that are not public at once (a press release's, with its renditions): stored
# outside MEDIA_ROOT, where no web server serves them, and handed out by Django only while they
# are public (core.media, news.views.release_media). Public ones may be cached this long by
# browsers and shared caches, so a release that is unpublished stops showing within that time.
PROTECTED_MEDIA_ROOT = Path(os.environ.get("PROTECTED_MEDIA_ROOT") or BASE_DIR / "media-protected")
PROTECTED_MEDIA_CACHE_SECONDS = 60
