"""Admin building blocks shared by every app's ModelAdmin."""

from functools import partial, reduce
from operator import attrgetter, or_
from typing import NamedTuple

import reversion
from django import forms
from django.contrib import admin
from django.contrib.admin.checks import ModelAdminChecks
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.contrib.auth import get_permission_codename
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core import checks
from django.core.exceptions import BadRequest, FieldDoesNotExist, PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import (
    Case,
    ForeignKey,
    IntegerField,
    ManyToManyField,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.constants import LOOKUP_SEP
from django.forms.models import _get_foreign_key
from django.http import Http404
from django.utils.text import smart_split, unescape_string_literal
from django.utils.translation import gettext_lazy as _
from reversion.errors import RevertError
from reversion.models import Version
from reversion.revisions import _get_options
from reversion_compare.admin import CompareVersionAdmin
from reversion_compare.helpers import html_diff

from .deletion import protected_for_admin
from .forms import KeyCheckedMultipleChoiceField, is_possible_key
from .ordered import OrderedManyToManyField, ordered_relations, versioned_order
from .scopes import scope_of


class ProtectedDeletionMixin:
    """What other content still needs (core.deletion) makes a deletion "protected": the delete
    page and the bulk delete list it and refuse, as they do for on_delete=PROTECT."""

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        extra = protected_for_admin(self.model, list(objs))
        return deleted, counts, perms_needed, [*protected, *extra]


class GuardedChangeList(ChangeList):
    """Django's changelist, for which a filter value no query can hold is a lookup error (the
    "?e=1" page, as for an unknown field), not a server error.

    Django turns some bad values into lookup errors itself, but not all: a date hierarchy of year
    99999999999 (OverflowError), of December 9999 (there is no next month) or of a day whose
    conversion to UTC leaves the calendar; a list filter of year "²" (a digit to `isdigit()`, not
    to `int()`) or 10000. They fail while the filters are applied or while the rows are counted.
    """

    def get_queryset(self, request, exclude_parameters=None):
        try:
            return super().get_queryset(request, exclude_parameters)
        except (ValueError, OverflowError) as error:
            raise IncorrectLookupParameters(error) from error

    def get_results(self, request):
        try:
            super().get_results(request)
        except (ValueError, OverflowError) as error:
            raise IncorrectLookupParameters(error) from error


class GuardedAutocompleteMixin:
    """An autocomplete widget that shows again only the posted values that can be keys, in the
    order of its value.

    A form with errors shows what was posted, and Django's widget looks the posted values up to
    label them: "²" or "2024-01-01" as an id raises ValueError, 99999999999999999999 overflows
    SQLite. Anything else is left out, as the form's error says.

    Django's shows the chosen options in the related model's order; a browser posts them in the
    order of the page, so a form saved as it is would post that order. They are shown in the
    order of the value instead: an ordered relation's (core.ordered), or as they were posted.
    """

    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        options = remote.model._meta
        key = options.get_field(getattr(remote, "field_name", None) or options.pk.attname)
        kept = [each for each in value if is_possible_key(key, each)]
        groups = super().optgroups(name, kept, attr)
        first = {}
        for index, each in enumerate(kept):
            first.setdefault(str(each), index)
        for _group, choices, _index in groups:
            choices.sort(key=lambda choice: first.get(str(choice["value"]), -1))
        return groups


class GuardedAutocompleteSelect(GuardedAutocompleteMixin, AutocompleteSelect):
    pass


class GuardedAutocompleteSelectMultiple(GuardedAutocompleteMixin, AutocompleteSelectMultiple):
    pass


class HostileInputAdminMixin:
    """Bad input to a form, a list or an autocomplete is the client's error, never a server
    error, whatever the database:

    - the list's filters go through `GuardedChangeList`;
    - a search term with a NUL character (which PostgreSQL cannot take in a query) is a 400: the
      list's search box refuses NUL itself, the autocomplete hands the admin the term as it came;
    - many-to-many fields refuse what cannot be a key before looking it up, and autocomplete
      fields show a form's errors without looking it up either.

    For ModelAdmins and inlines alike (SiteModelAdmin has it).
    """

    def get_changelist(self, request, **kwargs):
        return GuardedChangeList

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = GuardedAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", KeyCheckedMultipleChoiceField)
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = GuardedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_search_results(self, request, queryset, search_term):
        if "\x00" in search_term:
            raise BadRequest(_("Null characters are not allowed."))
        return super().get_search_results(request, queryset, search_term)


def is_autocomplete(request):
    """Whether `request` is the admin's autocomplete (the JSON an autocomplete box asks for)."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == "autocomplete"


def search_phrase(search_term):
    """The term as the admin's search reads it (smart_split: quotes group words), as one phrase
    with single spaces."""
    words = []
    for bit in smart_split(search_term):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        words.append(bit)
    return " ".join(" ".join(words).split())


class RankedAutocompleteMixin:
    """An autocomplete that offers first what an editor typing a name means.

    Select2 picks the first suggestion on Enter, so the order decides what is saved. Django's
    autocomplete matches every search field, long texts included, and keeps the list's order
    (alphabetical): "Media" offered "Conflict prevention and resolution", whose summary has the
    word, before "Media freedom and development". Here, for the autocomplete only:

    - it searches the search fields that are short texts (`autocomplete_search_fields`: by
      default those that are not a TextField, such as a summary or a description);
    - it ranks the names (`autocomplete_name_fields`): one equal to the term, then one that
      begins with it, then one with a word that begins with it (after a space, "/", "-" or
      "("), then the other matches; within a rank, the list's own order.

    Case-insensitive as the admin's search is (on SQLite, for ASCII letters only). The
    changelist's search box is left as it is: it searches every search field, in the list's
    order.
    """

    autocomplete_name_fields = ["name"]
    autocomplete_search_fields = None  # None: the search fields that are not long texts
    word_starts = (" ", "/", "-", "(")

    def get_search_fields(self, request):
        fields = super().get_search_fields(request)
        if not is_autocomplete(request):
            return fields
        if self.autocomplete_search_fields is not None:
            return self.autocomplete_search_fields
        return [name for name in fields if not self._is_long_text(name)]

    def _is_long_text(self, search_field):
        options, field = self.model._meta, None
        for part in search_field.lstrip("^=@").split(LOOKUP_SEP):
            try:
                field = options.get_field(part)
            except FieldDoesNotExist:
                break  # a lookup ("name__iexact"): the field before it is the one searched
            if field.is_relation and field.related_model is not None:
                options = field.related_model._meta
        return isinstance(field, TextField)

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        phrase = search_phrase(search_term)
        if is_autocomplete(request) and phrase:
            order = queryset.query.order_by or queryset.model._meta.ordering
            queryset = queryset.alias(name_rank=self.name_rank(phrase)).order_by(
                "name_rank", *order, "pk"
            )
        return queryset, may_have_duplicates

    def name_rank(self, phrase):
        """0 for a name equal to `phrase`, 1 for one that begins with it, 2 for one with a word
        that begins with it, 3 for the rest."""

        def any_name(lookup, value):
            return reduce(
                or_, (Q(**{f"{name}__{lookup}": value}) for name in self.autocomplete_name_fields)
            )

        word_start = reduce(or_, (any_name("icontains", f"{c}{phrase}") for c in self.word_starts))
        return Case(
            When(any_name("iexact", phrase), then=Value(0)),
            When(any_name("istartswith", phrase), then=Value(1)),
            When(word_start, then=Value(2)),
            default=Value(3),
            output_field=IntegerField(),
        )


class OrderedRelationsChecks(ModelAdminChecks):
    """Django's checks of a ModelAdmin, for which an ordered relation (core.ordered) may be in
    the form although it goes through a model of its own, if it is edited with the autocomplete
    widget: that one posts the choices in the order the editor sees them."""

    def check(self, admin_obj, **kwargs):
        errors = super().check(admin_obj, **kwargs)
        autocomplete = set(admin_obj.autocomplete_fields)
        shown = flatten_fieldsets(admin_obj.fieldsets) if admin_obj.fieldsets else admin_obj.fields
        for field in ordered_relations(admin_obj.model):
            if (shown is None or field.name in shown) and field.name not in autocomplete:
                errors.append(
                    checks.Error(
                        f"The ordered relation '{field.name}' must be in 'autocomplete_fields': "
                        "no other widget posts the order the editor chose.",
                        obj=admin_obj.__class__,
                        id="core.E104",
                    )
                )
        return errors

    def _check_field_spec_item(self, obj, field_name, label):
        try:
            field = obj.model._meta.get_field(field_name)
        except FieldDoesNotExist:
            field = None
        if isinstance(field, OrderedManyToManyField):
            return []
        return super()._check_field_spec_item(obj, field_name, label)


class OrderedRelationsAdminMixin:
    """Ordered relations (core.ordered) in the admin's forms, which Django leaves out like every
    relation through a model of its own: edited with the guarded autocomplete widget, which shows
    the choices in their order and posts them in the order the editor sees them."""

    checks_class = OrderedRelationsChecks

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if not isinstance(db_field, OrderedManyToManyField):
            return super().formfield_for_manytomany(db_field, request, **kwargs)
        db = kwargs.get("using")
        kwargs.setdefault("form_class", KeyCheckedMultipleChoiceField)
        if "widget" not in kwargs:
            kwargs["widget"] = GuardedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=db
            )
        if "queryset" not in kwargs:
            queryset = self.get_field_queryset(db, db_field, request)
            if queryset is not None:
                kwargs["queryset"] = queryset
        return db_field.formfield(**kwargs)


class SiteModelAdmin(
    RankedAutocompleteMixin,
    OrderedRelationsAdminMixin,
    HostileInputAdminMixin,
    ProtectedDeletionMixin,
    admin.ModelAdmin,
):
    """Base for the admins of content with a public address (`get_absolute_url`): "View on
    site" goes straight to it, not through the sites framework's domain (another host).

    What a save sets off (search documents, cached counts and navigation, renditions, redirects
    from an old address) is not done here but by each app's receivers (core.changes), so that
    every other write path sets it off too.
    """

    def view_on_site(self, obj):
        return obj.get_absolute_url()


class StampedAdminMixin:
    """Records who created and who last changed an object, shown read-only and collapsed."""

    stamp_fieldset = (
        _("History"),
        {
            "classes": ["collapse"],
            "fields": ["created_at", "created_by", "updated_at", "updated_by"],
        },
    )
    stamp_readonly_fields = ["created_at", "created_by", "updated_at", "updated_by"]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), *self.stamp_readonly_fields]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)


def version_number(value):
    """A version id from a URL, or None when it is not one the database could hold."""
    value = str(value)
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        return None
    return int(value)


def missing_references(version):
    """What `version` links to (foreign keys, many-to-many) that has been deleted since, named
    for an editor; empty when everything is still there. (The database checks its foreign keys
    only at the commit, too late for a clear message.)"""
    values = version._local_field_dict
    missing = []
    for field in version._model._meta.get_fields():
        if not isinstance(field, ForeignKey | ManyToManyField) or field.attname not in values:
            continue
        wanted = values[field.attname]
        wanted = set(wanted) if field.many_to_many else {wanted} - {None}
        if not wanted:
            continue
        related = field.related_model._default_manager
        found = set(related.filter(pk__in=wanted).values_list("pk", flat=True))
        if wanted - found:
            missing.append(f"{field.related_model._meta.verbose_name} {sorted(wanted - found)}")
    return ", ".join(missing)


class GuardedVersionAdmin(CompareVersionAdmin):
    """Revisions (django-reversion, django-reversion-compare) checked on the object acted on.

    Upstream, the revision view finds a version by its id and object id only, so any model's
    version can be reached through any admin, and reverting reverts the whole revision it belongs
    to (every object a bulk action saved with it); the compare view checks no permission; recover
    accepts any version; none of them knows this admin's `get_queryset()` (an editorial scope).

    Here every history, compare, revision and recover view:
    - finds the object through `get_queryset()` (a user's scope) and checks the user's view or
      change permission for it;
    - takes a version only among this model's versions of that object (else 404);
    - reverts only that object and its inlines, never the rest of the revision, and keeps the
      values the user may not change (`revert_protected_fields()`, and what the inlines as they
      get them do not let them add, change or delete), so that a revert is a change like any
      other; a row that belongs to another object now is that one's, and left as it is, and
      inlines with a history of their own (`reverted_apart`) are left as they are;
    - recovers only deleted objects of this model, for users who may delete them
      (`recovered()` is called on what comes back);
    - and a bulk action makes one revision per object (the services make them), not one shared
      revision for the whole changelist request.

    An ordered relation (core.ordered) is kept in its links: a version follows them, a revert
    restores them (and deletes those added since), and the compare view shows the relation as
    the two versions order it.
    """

    # Inline models whose rows have a history of their own (a release's translations, each
    # under its own workflow, reverted one by one): the object's versions still hold them, so
    # that a recovered object comes back with them, but reverting an object that exists
    # leaves them as they are, neither restored nor, when added since, deleted.
    reverted_apart = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The links are compared as the relation they order (compare()), not row by row.
        links = [field.links_name for field in ordered_relations(self.model)]
        self.compare_exclude = [*(self.compare_exclude or ()), *links]

    def reversion_register(self, model, **options):
        links = ordered_relations(model)
        for field in links:
            if not reversion.is_registered(field.remote_field.through):
                reversion.register(field.remote_field.through)
        options["follow"] = (*options.get("follow", ()), *(field.links_name for field in links))
        super().reversion_register(model, **options)

    def compare(self, obj, version1, version2):
        result = super().compare(obj, version1, version2)
        for field in ordered_relations(self.model):
            before = self._ordered_names(version1, field)
            after = self._ordered_names(version2, field)
            if before != after:
                diff = html_diff(", ".join(before), ", ".join(after))
                result.diff.append(
                    {"field": field, "is_related": True, "follow": True, "diff": diff}
                )
        return result

    def _ordered_names(self, version, field):
        keys = versioned_order(version, field)
        found = field.related_model._default_manager.in_bulk(keys)
        missing = _("(deleted: %(model)s %(key)s)")
        return [
            str(found[key])
            if key in found
            else missing % {"model": field.related_model._meta.verbose_name, "key": key}
            for key in keys
        ]

    def _guarded_object(self, request, object_id, *, change):
        obj = self.get_object(request, unquote(object_id))  # through get_queryset(): the scope
        if obj is None:
            raise Http404(_("No such object is open to you."))
        allowed = (
            self.has_change_permission(request, obj)
            if change
            else self.has_view_or_change_permission(request, obj)
        )
        if not allowed:
            raise PermissionDenied
        return obj

    def history_view(self, request, object_id, extra_context=None):
        self._guarded_object(request, object_id, change=False)
        return super().history_view(request, object_id, extra_context)

    def compare_view(self, request, object_id, extra_context=None):
        self._guarded_object(request, object_id, change=False)
        return super().compare_view(request, object_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        obj = self._guarded_object(request, object_id, change=True)
        number = version_number(version_id)
        if number is None or not Version.objects.get_for_object(obj).filter(pk=number).exists():
            raise Http404(_("This object has no such version."))
        return super().revision_view(request, object_id, str(number), extra_context)

    def may_recover(self, request):
        return self.has_add_permission(request) and self.has_delete_permission(request)

    def recoverlist_view(self, request, extra_context=None):
        if not self.may_recover(request):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.may_recover(request):
            raise PermissionDenied
        number = version_number(version_id)
        deleted = Version.objects.get_deleted(self.model)
        if number is None or not deleted.filter(pk=number).exists():
            raise Http404(_("No deleted object of this kind has this version."))
        request.recovering = True
        return super().recover_view(request, str(number), extra_context)

    def changelist_view(self, request, extra_context=None):
        if request.method == "POST" and "action" in request.POST:
            # VersionAdmin wraps the whole request in one revision, into which the revisions
            # of a bulk action's services would merge: leave them on their own.
            return admin.ModelAdmin.changelist_view(self, request, extra_context)
        return super().changelist_view(request, extra_context)

    # Reverting one object.

    def revert_protected_fields(self, request, obj):
        """Fields a revert must leave as they are for this user (their current values stay)."""
        return []

    def recovered(self, request, obj):
        """Called on an object just brought back from its deleted version, before the form."""

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        # The views above have checked `version`; reverting it must still touch nothing else.
        if version._model is not self.model:
            raise Http404
        version.revision.revert = partial(self._revert_object, request, version)
        return super()._reversion_revisionform_view(request, version, template_name, extra_context)

    def _dependent_keys(self, object_id, *, recovering):
        """{model: the columns and values that tie its rows to the object}: the inlines (by
        their foreign key; those reverted apart only when the object is recovered), and what
        reversion follows through a generic relation (tags) or a foreign key to the object (the
        links of an ordered relation)."""
        keys = {
            inline.model: {
                _get_foreign_key(self.model, inline.model, inline.fk_name).attname: object_id
            }
            for inline in self.inlines
        }
        for name in _get_options(self.model).follow:
            field = self.model._meta.get_field(name)
            if isinstance(field, GenericRelation):
                content_type = ContentType.objects.get_for_model(self.model)
                keys[field.related_model] = {
                    field.object_id_field_name: object_id,
                    f"{field.content_type_field_name}_id": content_type.pk,
                }
            elif field.one_to_many:
                keys[field.related_model] = {field.field.attname: object_id}
        if not recovering:
            for model in self.reverted_apart:
                keys.pop(model, None)
        return keys

    def _object_versions(self, version, *, recovering):
        """The versions of `version`'s revision that are the object itself (with the parent rows
        of a multi-table model) or rows that belong to it (inlines, tags)."""
        own_models = {self.model, *self.model._meta.get_parent_list()}
        keys = self._dependent_keys(version.object_id, recovering=recovering)
        mine, dependants = [], {}
        for each in version.revision.version_set.all():
            model = each._model
            if model in own_models and each.object_id == version.object_id:
                mine.append(each)
            elif model in keys:
                values = each._local_field_dict
                if all(str(values.get(k)) == str(v) for k, v in keys[model].items()):
                    dependants.setdefault(model, []).append(each)
        return mine, dependants, keys

    def _revert_object(self, request, version, delete=False):
        model = self.model
        current = model._default_manager.filter(pk=version.object_id).first()
        kept = {}
        if current is not None:
            for name in self.revert_protected_fields(request, current):
                field = model._meta.get_field(name)
                kept[name] = (
                    list(getattr(current, name).all())
                    if field.many_to_many
                    else getattr(current, field.attname)
                )
        mine, dependants, keys = self._object_versions(version, recovering=current is None)
        plans = self._dependant_plans(request, current, dependants, keys)
        # The values kept are written by the revert itself, so that no save, not even the
        # revert's, ever stores the version's (an address a receiver would redirect to, a
        # page's place in its tree that another page holds now).
        for each in mine:
            stored = each._object_version.object
            for name, value in kept.items():
                field = model._meta.get_field(name)
                if not field.many_to_many and field.model._meta.concrete_model is each._model:
                    setattr(stored, field.attname, value)
        try:
            with transaction.atomic(using=version.db):
                if delete:  # rows added since that version go, as upstream's revert does
                    for dependant_model, key in keys.items():
                        if not plans[dependant_model].deletes:
                            continue
                        ids = [int(each.object_id) for each in dependants.get(dependant_model, [])]
                        rows = dependant_model._default_manager.filter(**key)
                        rows.exclude(pk__in=ids).delete()
                for each in [*mine, *(v for plan in plans.values() for v in plan.versions)]:
                    missing = missing_references(each)
                    if missing:
                        raise RevertError(
                            _(
                                "This version cannot be restored: it refers to %(missing)s, "
                                "which no longer exists. Make the change by hand instead."
                            )
                            % {"missing": missing}
                        )
                    each.revert()
                for dependant_model, plan in plans.items():
                    for pk, values in plan.kept.items():
                        dependant_model._default_manager.filter(pk=pk).update(**values)
                obj = model._default_manager.get(pk=version.object_id)
                for name, value in kept.items():
                    if model._meta.get_field(name).many_to_many:
                        getattr(obj, name).set(value)
                if current is None:
                    self.recovered(request, obj)
        except IntegrityError as error:
            # A row added since, which this user may not delete, holds what a row brought back
            # needs (its language, its address).
            raise RevertError(
                _(
                    "This version cannot be restored: a language or an address it holds is "
                    "taken by something added since. Make the change by hand instead."
                )
            ) from error

    def _dependant_plans(self, request, obj, dependants, keys):
        """{model: DependantRevert} for the rows that belong to `obj` (as it is now, None when it
        is being recovered): a revert changes them as the object's page lets this user.

        A row that belongs to another object now (moved since the version) is that object's and
        is left alone. An inline's rows are reverted as far as the inline, as this user gets it,
        allows: not at all when they do not get it; a row that is there now only if they may
        change it, and with its read-only fields (a translation's reference names) as they are;
        a deleted one brought back only if they may add one; rows added since deleted only if
        they may delete them. Other rows (tags, an ordered relation's links) follow the object.
        """
        inlines = {inline.model: inline for inline in self.get_inline_instances(request, obj)}
        unshown = {inline.model for inline in self.inlines} - set(inlines)
        plans = {}
        for model, key in keys.items():
            inline = inlines.get(model)
            if model in unshown:
                may_add = may_change = may_delete = False
            elif inline is None:
                may_add = may_change = may_delete = True
            else:
                may_add = inline.has_add_permission(request, obj)
                may_change = inline.has_change_permission(request, obj)
                may_delete = inline.has_delete_permission(request, obj)
            readonly = set(inline.get_readonly_fields(request, obj)) if inline else set()
            kept = [f.attname for f in model._meta.concrete_fields if f.name in readonly]
            versions = dependants.get(model, [])
            now = model._default_manager.in_bulk([int(each.object_id) for each in versions])
            plan = DependantRevert(versions=[], kept={}, deletes=may_delete)
            for each in versions:
                row = now.get(int(each.object_id))
                if row is None:
                    if may_add:
                        plan.versions.append(each)
                elif may_change and all(
                    str(getattr(row, column)) == str(value) for column, value in key.items()
                ):
                    plan.versions.append(each)
                    if kept:
                        plan.kept[row.pk] = {column: getattr(row, column) for column in kept}
            plans[model] = plan
        return plans


class DependantRevert(NamedTuple):
    """What reverting an object does to the rows of one model that belong to it."""

    versions: list  # the versions of those rows to revert
    kept: dict  # {row's pk: {column: value}}: what reverted rows keep as it is now
    deletes: bool  # whether the rows added since the version go


def guarded_shortcut(request, content_type_id, object_id):
    """The admin's "view on site" shortcut (/admin/r/<type>/<id>/), which redirects to an
    object's public address, only for an object the user may see in its admin: otherwise a 404
    rather than a redirect that reveals where a draft will be published."""
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist:
        raise Http404 from None
    try:
        model_admin = admin.site.get_model_admin(model)
    except admin.exceptions.NotRegistered:
        raise Http404 from None
    obj = model_admin.get_object(request, unquote(object_id))
    if obj is None or not model_admin.has_view_or_change_permission(request, obj):
        raise Http404(_("No such object is open to you."))
    return contenttype_views.shortcut(request, content_type_id, object_id)


# Who may change what: reference facts and editorial scopes ---------------------------------------


def facts_permission(opts):
    """The permission to change the reference facts of `opts`'s model ("app.change_facts_model",
    declared in its Meta.permissions): Administrators have it (staff/roles.py)."""
    return f"{opts.app_label}.{get_permission_codename('change_facts', opts)}"


class ReferenceFactsAdminMixin:
    """Fields that state facts of reference (`reference_fields`: an operation's address, status,
    host country and dates; a field of work's name and address), which only users with the
    model's `facts_permission()` (Administrators) set. For everyone else they are read-only on
    the form, left as they are when posted anyway (the form has no such field), and kept by a
    revert; and since a new object needs them, adding one is theirs too.
    """

    reference_fields = []

    def may_change_reference_facts(self, request):
        return request.user.has_perm(facts_permission(self.opts))

    def has_add_permission(self, request):
        return self.may_change_reference_facts(request) and super().has_add_permission(request)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.may_change_reference_facts(request):
            readonly += [name for name in self.reference_fields if name not in readonly]
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        # A read-only field is not on the form: nothing to fill in, nor to fill it in from.
        readonly = set(self.get_readonly_fields(request, obj))
        return {
            name: sources
            for name, sources in super().get_prepopulated_fields(request, obj).items()
            if name not in readonly and not readonly.intersection(sources)
        }

    def revert_protected_fields(self, request, obj):  # GuardedVersionAdmin
        protected = list(super().revert_protected_fields(request, obj))
        if not self.may_change_reference_facts(request):
            protected += [name for name in self.reference_fields if name not in protected]
        return protected


def scoped_ids(request):
    """The ids of the structures the user's editorial scope (core.scopes) limits them to, or
    None when nothing limits them."""
    sources = scope_of(request.user)
    return None if sources is None else {source.pk for source in sources}


class ScopedObjectsAdminMixin:
    """Content that belongs to a structure (`scope_field`: the structure's id on the object, or
    the path to it, "department__operation_id"; a field operation is a structure itself): a
    user whose editorial scope limits them to some
    structures lists, opens, changes, reverts and deletes (as far as their role allows) only
    the objects of those structures; every other object is not there for them, a 404 as for
    one that does not exist, whatever URL they post to. They add none (a new object belongs to
    no structure of theirs yet) and recover none (a deleted one's structure is not checked).
    Users without a scope are not limited.
    """

    scope_field = "pk"

    def in_users_scope(self, request, obj):
        if obj is None:
            return True
        ids = scoped_ids(request)
        return ids is None or attrgetter(self.scope_field.replace(LOOKUP_SEP, "."))(obj) in ids

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        ids = scoped_ids(request)
        return queryset if ids is None else queryset.filter(**{f"{self.scope_field}__in": ids})

    def open_or_404(self, request, object_id):
        if scoped_ids(request) is not None and self.get_object(request, unquote(object_id)) is None:
            raise Http404(_("No such object is open to you."))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self.open_or_404(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        self.open_or_404(request, object_id)
        return super().delete_view(request, object_id, extra_context)

    def has_add_permission(self, request):
        return super().has_add_permission(request) and scoped_ids(request) is None

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.in_users_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_users_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_users_scope(request, obj)

    def may_recover(self, request):  # GuardedVersionAdmin
        return super().may_recover(request) and scoped_ids(request) is None


class ScopedBySourcesAdminMixin(ScopedObjectsAdminMixin):
    """Content that belongs to structures through a many-to-many `scope_relation` ("sources": a
    publication's issuers, a project's operations; "organisers": an event's), whose QuerySet's
    `visible_to(user)` applies the scope: a scoped user sees and changes the objects one of
    their structures is among the structures of, and adds their own (the form,
    core.workflow_admin.SourcesScopedWorkflowForm, checks that the relation keeps one of
    theirs and gains none outside their scope)."""

    scope_relation = "sources"

    def get_queryset(self, request):
        queryset = super(ScopedObjectsAdminMixin, self).get_queryset(request)
        return queryset.visible_to(request.user).prefetch_related(self.scope_relation)

    def in_users_scope(self, request, obj):
        ids = scoped_ids(request)
        if obj is None or ids is None:
            return True
        return any(source.pk in ids for source in getattr(obj, self.scope_relation).all())

    def has_add_permission(self, request):
        return super(ScopedObjectsAdminMixin, self).has_add_permission(request)


class ScopedUsersReadOnlyMixin:
    """Content no editorial scope covers (fields of work, States, structures, Chairpersonships),
    for an admin or an inline: a user whose scope limits them to some structures may look at it
    (their lists and autocompletes need it) but adds, changes and deletes none of it, whatever
    their role."""

    def has_add_permission(self, request, *args):  # an inline's takes the parent object too
        return super().has_add_permission(request, *args) and scoped_ids(request) is None

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and scoped_ids(request) is None

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and scoped_ids(request) is None


class TranslationForm(forms.ModelForm):
    """A translation's form: a saved translation's language is what it is (changing it would
    move a published version, or a reference name, to another language in one post)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "language" in self.fields:
            self.fields["language"].disabled = True


class TranslationInline(HostileInputAdminMixin, admin.StackedInline):
    """An item's translations (core.translations), one per language, on the item's page.

    Where the item's `reference_fields` are reference facts (a field of work's name and
    address), so are their translations: users without the item's facts permission translate
    its texts but not its name or address, and so neither add a language (which needs a name)
    nor delete one.
    """

    form = TranslationForm
    extra = 0
    exclude = ["source_texts"]
    # What the translation board (staff/translations.py) calls these translations where they
    # are a second kind of the item's (a field operation's page texts, beside its names);
    # None: the item's own, named as its model is.
    board_name = None

    def may_change_reference_facts(self, request):
        return request.user.has_perm(facts_permission(self.parent_model._meta))

    def reference_fields(self):
        """The item's reference facts this inline's translation model holds."""
        parent_admin = self.admin_site._registry.get(self.parent_model)
        own = {field.name for field in self.model._meta.get_fields()}
        return [
            name
            for name in getattr(parent_admin, "reference_fields", [])
            if name in self.parent_model.translated_fields and name in own
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.may_change_reference_facts(request):
            readonly += [name for name in self.reference_fields() if name not in readonly]
        return readonly

    def has_add_permission(self, request, obj=None):
        if self.reference_fields() and not self.may_change_reference_facts(request):
            return False
        return super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self.reference_fields() and not self.may_change_reference_facts(request):
            return False
        return super().has_delete_permission(request, obj)
